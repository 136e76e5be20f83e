/** The handsets as the network sees them: switched on or off, and their SMS inboxes. */
package io.telesim.engine.handset;
