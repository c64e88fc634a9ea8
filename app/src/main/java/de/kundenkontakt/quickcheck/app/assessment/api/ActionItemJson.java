package de.kundenkontakt.quickcheck.app.assessment.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One step of an action plan. Immutable.
 *
 * @param touchpoint the touchpoint id, never null
 * @param name the touchpoint's name in the response language, never null
 * @param rank its rank in the whole ranking
 * @param percent its percentage with one decimal
 * @param percentText the same as text, never null
 * @param recommendation the recommendation id, never null
 * @param recommendationLabel the recommendation's label in the response language, never null
 * @param quickWin whether it is a quick win (high fit, low entry cost, no high running cost when low
 *     running cost was rated important); quick wins come first
 * @param entryCost the cost of getting started: "low", "medium" or "high"; never null
 * @param entryCostLabel the same in words in the response language, never null
 * @param runningCost the cost of keeping it running: "low", "medium" or "high"; never null
 * @param runningCostLabel the same in words in the response language, never null
 * @param firstStep a first step in plain words in the response language, never null
 */
@JsonPropertyOrder({
    "touchpoint",
    "name",
    "rank",
    "percent",
    "percentText",
    "recommendation",
    "recommendationLabel",
    "quickWin",
    "entryCost",
    "entryCostLabel",
    "runningCost",
    "runningCostLabel",
    "firstStep"
})
public record ActionItemJson(
        String touchpoint,
        String name,
        int rank,
        BigDecimal percent,
        String percentText,
        String recommendation,
        String recommendationLabel,
        boolean quickWin,
        String entryCost,
        String entryCostLabel,
        String runningCost,
        String runningCostLabel,
        String firstStep) {}
