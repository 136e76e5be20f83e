package io.telesim.simulator.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.jsmpp.bean.BindType;
import org.junit.jupiter.api.Test;

import io.telesim.simulator.yaml.YamlException;
import io.telesim.simulator.yaml.YamlFile;
import io.telesim.smpp.server.EsmeAccount;

class SmscConfigLoaderTest {

    @Test
    void theBuiltInConfigurationHasTheDemoAndBankEsmesAndAHandsetGateway() {
        SmscConfig config = SmscConfigLoader.loadDefault();

        assertEquals("127.0.0.1", config.host());
        assertEquals(2775, config.port());
        assertEquals(List.of("demo", "bank", "handsets"), config.esmes().stream().map(EsmeAccount::systemId).toList());
        assertTrue(config.esmes().get(2).handsetGateway(), "./telesim run --target sends handsets' SMS through it");
        EsmeAccount bank = config.esmes().get(1);
        assertEquals(Set.of(BindType.BIND_TRX), bank.bindTypes());
        assertEquals(79161000001L, bank.billingAccount());
        assertEquals(List.of("4444"), config.esmes().get(0).shortNumbers());
        assertNull(config.outbound());
        assertEquals(Duration.ofHours(24), config.validity());
    }

    @Test
    void anOutboundSectionConfiguresTheLinkToAnotherNetwork() {
        SmscConfig config = read("""
                esmes: []
                outbound:
                  host: 127.0.0.1
                  port: 2776
                  system_id: telesim
                  password: secret
                  bind_type: TX
                  window: 4
                retry_intervals: [1 min]
                """);

        assertEquals(2776, config.outbound().port());
        assertEquals(BindType.BIND_TX, config.outbound().bindType());
        assertEquals(4, config.outbound().window());
        assertEquals(List.of(Duration.ofMinutes(1)), config.retryIntervals());
        assertTrue(config.esmes().isEmpty());
    }

    @Test
    void mistakesNameTheFileLineAndItem() {
        YamlException badType = assertThrows(YamlException.class, () -> read("""
                esmes:
                  - system_id: demo
                    password: demo
                    bind_types: [TX, XR]
                """));
        assertEquals(4, badType.line());
        assertTrue(badType.path().startsWith("esmes[0].bind_types"), badType.path());

        YamlException longPassword = assertThrows(YamlException.class, () -> read("""
                esmes:
                  - system_id: demo
                    password: much-too-long
                """));
        assertTrue(longPassword.problem().contains("at most 8 characters"), longPassword.problem());

        YamlException twice = assertThrows(YamlException.class, () -> read("""
                esmes:
                  - {system_id: a, password: x}
                  - {system_id: a, password: y}
                """));
        assertTrue(twice.problem().contains("same system_id"), twice.problem());

        YamlException badAccount = assertThrows(YamlException.class, () -> read("""
                esmes:
                  - {system_id: a, password: x, billing_account: "12345"}
                """));
        assertTrue(badAccount.path().endsWith("billing_account"), badAccount.path());
    }

    @Test
    void aHandsetGatewayIsAnEsmeWhoseMessagesTheirSendersPayFor() {
        SmscConfig config = read("""
                esmes:
                  - {system_id: handsets, password: radio123, handset_gateway: true}
                  - {system_id: shop, password: shop, billing_account: "+7 916 100-00-01"}
                """);

        EsmeAccount handsets = config.esmes().get(0);
        assertTrue(handsets.handsetGateway());
        assertEquals(79_161_234_567L, handsets.payerFor(79_161_234_567L), "the sender pays");
        assertFalse(config.esmes().get(1).handsetGateway());
        assertEquals(79_161_000_001L, config.esmes().get(1).payerFor(79_161_234_567L), "the billing account pays");

        YamlException withAccount = assertThrows(YamlException.class, () -> read("""
                esmes:
                  - {system_id: handsets, password: radio123, handset_gateway: true, billing_account: "+7 916 100-00-01"}
                """));
        assertTrue(withAccount.path().endsWith("billing_account"), withAccount.path());
        assertTrue(withAccount.problem().contains("handset gateway"), withAccount.problem());
    }

    private static SmscConfig read(String yaml) {
        return SmscConfigLoader.read(YamlFile.read(new StringReader(yaml), "smsc.yaml"));
    }
}
