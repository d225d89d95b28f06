package org.voipgw.agent.scenario;

import java.util.List;
import org.voipgw.boards.GatewayModel;

/** A parsed scenario file: its model, its timed steps and the expectations checked against them. */
public record Scenario(String file, GatewayModel model, List<Step> steps, List<Expectation> expectations) {
}
