package org.spamouflage.sandbox.security;

import org.spamouflage.sandbox.store.InstructorRepository;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in looks instructors up in the database; each has the role {@link Roles#INSTRUCTOR}. */
@Service
public class InstructorDetails implements UserDetailsService {
    private final InstructorRepository instructors;

    public InstructorDetails(InstructorRepository instructors) {
        this.instructors = instructors;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return instructors.find(username)
                .map(i -> User.withUsername(i.name()).password(i.passwordHash()).roles(Roles.INSTRUCTOR).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such instructor"));
    }
}
