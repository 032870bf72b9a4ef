package org.spamouflage.sandbox;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import org.spamouflage.sandbox.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With a command-line verb ({@code generate}, {@code detect}, …) the jar runs the
 * command and exits without starting Spring or the web server; with no arguments it starts the
 * web app.
 *
 * <p>{@code @Push}: Playground runs finish on a background thread; push sends their results to the
 * browser the moment they are ready, without the page polling the server while idle.
 */
@Push
@SpringBootApplication
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
