/** Which service answers a code: exact codes, prefixes and service codes, from code or configuration. */
package io.telesim.ussd.route;
