package org.voipgw.agent.sip.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voipgw.agent.call.CallingParty;
import org.voipgw.agent.call.CallingParty.Presentation;

class IdentityTest {
    private static final Set<String> OWN = Set.of("0312345678", "0312345679");

    @Test
    void aDialInNumberOfTheBoxIsClaimedAndShown() {
        OutgoingIdentity id = OutgoingIdentity.of("0312345678", OWN, "ntt.example", CallingParty.allowed("0312345679"));
        assertEquals("sip:0312345679@ntt.example", id.preferred());
        assertEquals("sip:0312345679@ntt.example", id.fromUri());
        assertEquals(Optional.of("none"), id.privacy());
    }

    @Test
    void aNumberTheBoxDoesNotHoldFallsBackToTheRegisteredOne() {
        OutgoingIdentity id = OutgoingIdentity.of("0312345678", OWN, "ntt.example", CallingParty.allowed("201"));
        assertEquals("sip:0312345678@ntt.example", id.preferred());
    }

    @Test
    void aWithheldNumberGoesAnonymousWithPrivacyId() {
        OutgoingIdentity id = OutgoingIdentity.of("0312345678", OWN, "ntt.example",
                new CallingParty("0312345679", Presentation.RESTRICTED));
        assertEquals(OutgoingIdentity.ANONYMOUS_URI, id.fromUri());
        assertEquals("Anonymous", id.fromDisplay());
        assertEquals("sip:0312345679@ntt.example", id.preferred(), "the carrier still learns who it is");
        assertEquals(Optional.of("id"), id.privacy());
    }

    @Test
    void noNumberFromThePbxSendsNoPrivacy() {
        OutgoingIdentity id = OutgoingIdentity.of("0312345678", OWN, "ntt.example", CallingParty.unavailable());
        assertEquals("sip:0312345678@ntt.example", id.preferred());
        assertEquals(Optional.empty(), id.privacy());
    }

    @Test
    void theAssertedIdentityWinsOverFrom() {
        assertEquals(CallingParty.allowed("0398765432"), IncomingIdentity.of("sip:someone@x.example",
                Optional.of("<sip:+81398765432@carrier.example;user=phone>"), Optional.empty()));
        assertEquals(CallingParty.allowed("0398765432"), IncomingIdentity.of("<sip:0398765432@carrier.example>",
                Optional.empty(), Optional.of("none")));
        assertEquals(CallingParty.allowed("0398765432"), IncomingIdentity.of("tel:03-9876-5432",
                Optional.empty(), Optional.empty()));
    }

    @Test
    void privacyOrAnAnonymousFromWithholdsTheNumber() {
        assertEquals(Presentation.RESTRICTED, IncomingIdentity.of("sip:0398765432@c.example",
                Optional.of("sip:0398765432@c.example"), Optional.of("id")).presentation());
        assertEquals(Presentation.RESTRICTED, IncomingIdentity.of("\"Anonymous\" <sip:anonymous@anonymous.invalid>",
                Optional.empty(), Optional.empty()).presentation());
        assertEquals(Presentation.RESTRICTED, IncomingIdentity.of("sip:anonymous@anonymous.invalid",
                Optional.empty(), Optional.of("header; id")).presentation());
    }

    @Test
    void noNumberAtAllIsUnavailable() {
        assertEquals(CallingParty.unavailable(), IncomingIdentity.of("sip:carrier.example",
                Optional.empty(), Optional.empty()));
        assertEquals(CallingParty.unavailable(), IncomingIdentity.of("sip:gw@carrier.example",
                Optional.empty(), Optional.empty()));
    }
}
