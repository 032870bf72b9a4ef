package org.spamouflage.sandbox;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.spamouflage.sandbox.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With a command-line verb ({@code generate}, {@code detect}, …) the jar runs the
 * command and exits without starting Spring or the web server; with no arguments it starts the
 * web app.
 */
@SpringBootApplication
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (Cli.isCommand(args)) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
