/**
 * Who wrote an appeal: signed, with a name and a way to answer, or anonymous with no identity at
 * all.
 */
package kg.trustbox.appellant;
