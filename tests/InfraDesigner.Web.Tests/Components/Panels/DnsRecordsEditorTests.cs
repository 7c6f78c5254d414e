using InfraDesigner.Domain;
using InfraDesigner.Domain.Addressing;
using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Topologies;

namespace InfraDesigner.Web.Tests.Components.Panels;

/// <summary>zones-eai plus a DNS server at 10.10.10.53 answering sap.corp.</summary>
public sealed class DnsRecordsEditorTests : PanelTestBase
{
    private static readonly Topology WithDns = SampleTopologies.ZonesEai.Topology.WithElement(new DnsServer
    {
        Name = "dns",
        Interfaces = [new NetworkInterface { Name = "eth0", Address = Ipv4Cidr.Parse("10.10.10.53/24") }],
        Records = [new DnsRecord { Name = "sap.corp", Value = "10.20.20.10" }],
    });

    private static EquatableArray<DnsRecord> RecordsOf(Topology topology) => topology.FindElement<DnsServer>("dns")!.Records;

    [Fact]
    public async Task A_record_added_then_made_a_cname_is_stored_and_shown_in_its_row()
    {
        var session = await OpenAsync(WithDns);
        await SelectAsync(session, "dns");

        await Panel.ClickAsync("data-testid", "add-dns-records");
        await Panel.ChangeAsync("data-field", "records[1].name", "erp.corp");
        await Panel.ChooseAsync("data-field", "records[1].type", "CNAME");
        var page = await Panel.ChangeAsync("data-field", "records[1].value", "sap.corp");

        RecordsOf(await StoredAsync())[1].ShouldBe(new DnsRecord { Name = "erp.corp", Type = DnsRecordType.Cname, Value = "sap.corp" });
        ValueAt(page, "records[1].name").ShouldBe("erp.corp");
        page.QuerySelector("[data-testid=dns-records] [data-item='1'] .item-card-title")!.TextContent.ShouldBe("erp.corp CNAME sap.corp");
    }

    [Fact]
    public async Task A_new_record_points_at_the_server_itself()
    {
        var session = await OpenAsync(WithDns);
        await SelectAsync(session, "dns");

        await Panel.ClickAsync("data-testid", "add-dns-records");

        RecordsOf(await StoredAsync())[1].ShouldBe(new DnsRecord { Name = "host-2", Value = "10.10.10.53" });
    }

    [Fact]
    public async Task An_a_record_whose_value_is_not_an_address_shows_the_message_at_the_field_and_stores_nothing()
    {
        var session = await OpenAsync(WithDns);
        await SelectAsync(session, "dns");

        var page = await Panel.ChangeAsync("data-field", "records[0].value", "sap");

        MessageAt(page, "records[0].value").ShouldBe("sap is not an IPv4 address.");
        RecordsOf(await StoredAsync()).ShouldBe(RecordsOf(WithDns));
    }

    [Fact]
    public async Task A_record_without_a_name_is_refused_at_the_field()
    {
        var session = await OpenAsync(WithDns);
        await SelectAsync(session, "dns");

        var page = await Panel.ChangeAsync("data-field", "records[0].name", "  ");

        MessageAt(page, "records[0].name").ShouldBe("A DNS record needs a name.");
        RecordsOf(await StoredAsync()).ShouldBe(RecordsOf(WithDns));
    }

    [Fact]
    public async Task Removing_a_record_stores_the_server_without_it()
    {
        var session = await OpenAsync(WithDns);
        await SelectAsync(session, "dns");

        var page = await Panel.ClickAsync("aria-label", "Remove sap.corp A 10.20.20.10");

        RecordsOf(await StoredAsync()).ShouldBeEmpty();
        page.QuerySelector("[data-testid=dns-records] .props-note")!.TextContent.ShouldBe("No records: the server answers nothing.");
    }
}
