/**
 * The Import page ({@code /import}): upload a file, preview its first rows, pick a preset or map
 * its columns, import it (stored in the app's database), read every rejected row, run the engine
 * and read the result in Explore; stored imports are listed to open or delete.
 */
package org.spamouflage.sandbox.ui.importer;
