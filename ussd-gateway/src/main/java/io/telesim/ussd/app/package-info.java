/** What a USSD service is to the gateway: codes, requests, dialogs and screens. */
package io.telesim.ussd.app;
