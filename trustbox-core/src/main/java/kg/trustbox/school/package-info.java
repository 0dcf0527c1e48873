/**
 * The school that keeps a trust box: its names, the box's location, its zone, working
 * calendar and the hours the box can be reached.
 */
package kg.trustbox.school;
