/**
 * Analysis and oversight: quarters and half-years, the quarterly analytical report and its figures
 * roll-ups across schools, and the compliance check an inspector would run.
 */
package kg.trustbox.report;
