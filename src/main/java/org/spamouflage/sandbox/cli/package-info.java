/**
 * The command line ({@code generate}, {@code detect}, {@code evaluate}, {@code import}, {@code bench}…):
 * picocli commands that parse arguments, call the domain library and print results. No logic of
 * its own worth testing lives here.
 */
package org.spamouflage.sandbox.cli;
