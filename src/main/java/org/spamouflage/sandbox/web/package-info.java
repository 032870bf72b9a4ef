/**
 * Plain HTTP around the Vaadin pages: the owner cookie that makes imports belong to a browser
 * ({@link org.spamouflage.sandbox.web.OwnerCookieFilter}) and the download addresses of an import's
 * files ({@link org.spamouflage.sandbox.web.ImportFilesController}), which answer "not found" to
 * anyone but the import's owner or an instructor.
 */
package org.spamouflage.sandbox.web;
