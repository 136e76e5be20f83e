/**
 * Concatenated SMS: reading the user data header of a part, and joining the parts of a message again
 * in bounded memory.
 */
package io.telesim.smpp.concat;
