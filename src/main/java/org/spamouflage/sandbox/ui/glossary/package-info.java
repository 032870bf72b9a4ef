/** The glossary page: the field's terms used on the pages, in English and in French, with what each means. */
package org.spamouflage.sandbox.ui.glossary;
