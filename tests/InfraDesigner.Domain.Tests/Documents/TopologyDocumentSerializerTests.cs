using System.Text.Json;
using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Domain.Validation;

namespace InfraDesigner.Domain.Tests.Documents;

public sealed class TopologyDocumentSerializerTests
{
    private static readonly string ZonesEaiJson = TopologyDocumentSerializer.Export(SampleTopologies.ZonesEai.Topology);

    private static Problem SingleProblemOf(string json)
    {
        var result = TopologyDocumentSerializer.Import(json);
        result.Succeeded.ShouldBeFalse();
        return result.Problems.ShouldHaveSingleItem();
    }

    private static string Edited(Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(ZonesEaiJson)!.AsObject();
        edit(document);
        return document.ToJsonString();
    }

    private static JsonObject Element(JsonObject document, int index) => document["elements"]![index]!.AsObject();

    [Fact]
    public void Export_writes_format_version_1_camel_case_names_and_kebab_case_enums()
    {
        using var document = TopologyDocumentSerializer.ExportDocument(SampleTopologies.ZonesEai.Topology);
        var root = document.RootElement;

        root.GetProperty("formatVersion").GetInt32().ShouldBe(1);
        root.GetProperty("name").GetString().ShouldBe("zones-eai");
        var appA = root.GetProperty("elements")[0];
        appA.GetProperty("kind").GetString().ShouldBe("virtual-machine");
        appA.GetProperty("name").GetString().ShouldBe("app-a");
        appA.GetProperty("restartPriority").GetString().ShouldBe("medium");
        appA.GetProperty("interfaces")[0].GetProperty("address").GetString().ShouldBe("10.10.10.10/24");
        var rule = root.GetProperty("elements")[2].GetProperty("rules")[0];
        rule.GetProperty("source").GetString().ShouldBe("element:app-a");
        rule.GetProperty("ports").GetInt32().ShouldBe(443);
        rule.GetProperty("action").GetString().ShouldBe("allow");
    }

    [Fact]
    public void Every_element_starts_with_its_kind_and_name()
    {
        using var document = TopologyDocumentSerializer.ExportDocument(SampleTopologies.LiveMigration.Topology);

        foreach (var element in document.RootElement.GetProperty("elements").EnumerateArray())
        {
            element.EnumerateObject().Take(2).Select(property => property.Name).ShouldBe(["kind", "name"]);
        }
    }

    [Fact]
    public void A_bad_cidr_is_reported_at_its_field()
    {
        var problem = SingleProblemOf(ZonesEaiJson.Replace("10.30.30.10/24", "10.0.0.300/24"));

        problem.Path.ShouldBe("elements[5].interfaces[0].address");
        problem.Message.ShouldStartWith("10.0.0.300/24 is not an IPv4 CIDR");
    }

    [Fact]
    public void A_wrong_type_is_reported_at_its_field()
    {
        var problem = SingleProblemOf(Edited(document => Element(document, 0)["vCpu"] = "four"));

        problem.ShouldBe(Problem.Error("elements[0].vCpu", "Wrong type: expected a whole number."));
    }

    [Fact]
    public void A_number_too_large_for_its_field_is_reported_at_its_field()
    {
        var problem = SingleProblemOf(ZonesEaiJson.Replace("\"vCpu\": 4,", "\"vCpu\": 99999999999999999999999,"));

        problem.Path.ShouldBe("elements[0].vCpu");
    }

    [Fact]
    public void An_unknown_kind_lists_the_known_ones()
    {
        var problem = SingleProblemOf(Edited(document => Element(document, 1)["kind"] = "toaster"));

        problem.Path.ShouldBe("elements[1].kind");
        problem.Message.ShouldStartWith("Unknown kind 'toaster'; expected one of: physical-host, cluster, virtual-machine");
    }

    [Fact]
    public void An_element_without_a_kind_is_refused()
    {
        var problem = SingleProblemOf(Edited(document => Element(document, 1).Remove("kind")));

        problem.Path.ShouldBe("elements[1]");
        problem.Message.ShouldStartWith("Every element needs a \"kind\"");
    }

    [Fact]
    public void An_unknown_enum_value_lists_the_known_ones()
    {
        var problem = SingleProblemOf(Edited(document => Element(document, 0)["restartPriority"] = "urgent"));

        problem.ShouldBe(Problem.Error("elements[0].restartPriority", "'urgent' is not one of: disabled, lowest, low, medium, high, highest."));
    }

    [Fact]
    public void A_missing_required_field_is_named()
    {
        var problem = SingleProblemOf(Edited(document => Element(document, 0).Remove("name")));

        problem.ShouldBe(Problem.Error("elements[0]", "Missing required property 'name'."));
    }

    [Fact]
    public void Null_where_a_value_is_required_is_refused()
    {
        var problem = SingleProblemOf(Edited(document => Element(document, 0)["name"] = null));

        problem.ShouldBe(Problem.Error("elements[0].name", "A value is required here; null is not allowed."));
    }

    [Fact]
    public void An_unknown_property_is_refused_so_typos_do_not_vanish()
    {
        var problem = SingleProblemOf(Edited(document => Element(document, 0)["vcpus"] = 4));

        problem.ShouldBe(Problem.Error("elements[0].vcpus", "Unknown property 'vcpus'."));
    }

    [Fact]
    public void A_property_written_twice_is_refused()
    {
        var problem = SingleProblemOf(ZonesEaiJson.Replace("\"name\": \"app-a\",", "\"name\": \"app-a\", \"name\": \"app-b\","));

        problem.ShouldBe(Problem.Error("elements[0].name", "Property 'name' appears twice."));
    }

    [Fact]
    public void A_50_megabyte_string_is_refused_at_its_field()
    {
        var huge = new string('x', 50 * 1024 * 1024);

        var problem = SingleProblemOf(Edited(document => Element(document, 0)["description"] = huge));

        problem.Path.ShouldBe("elements[0].description");
        problem.Message.ShouldContain("is too long; at most 4,000 are allowed");
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused_as_a_whole()
    {
        var problem = SingleProblemOf(new string(' ', Limits.MaxDocumentCharacters + 1));

        problem.Path.ShouldBe("$");
    }

    [Fact]
    public void Nesting_ten_thousand_levels_deep_is_refused_at_depth_64()
    {
        var deep = "{\"formatVersion\":1,\"name\":\"x\",\"elements\":[" + new string('[', 10_000) + new string(']', 10_000) + "]}";

        var problem = SingleProblemOf(deep);

        problem.Path.ShouldStartWith("elements");
        problem.Message.ShouldBe("The document is nested deeper than 64 levels.");
    }

    [Fact]
    public void A_truncated_document_is_reported_where_it_breaks()
    {
        var problem = SingleProblemOf(ZonesEaiJson[..(ZonesEaiJson.Length / 2)]);

        problem.Path.ShouldStartWith("elements[");
        problem.Message.ShouldMatch(@"\(line \d+, byte \d+\)$");
    }

    [Fact]
    public void Duplicate_element_names_reject_the_import_with_the_validator_path()
    {
        var result = TopologyDocumentSerializer.Import(Edited(document => Element(document, 5)["name"] = "sap"));

        result.Succeeded.ShouldBeFalse();
        result.Problems.ShouldContain(Problem.Error("elements[5].name", "Another element is already named 'sap' (elements[4])."));
    }

    [Fact]
    public void A_format_version_newer_than_supported_is_a_clear_error()
    {
        var problem = SingleProblemOf(Edited(document => document["formatVersion"] = 2));

        problem.ShouldBe(Problem.Error("formatVersion", "formatVersion 2 is newer than this version of InfraDesigner understands (1); update InfraDesigner to open it."));
    }

    [Fact]
    public void A_missing_format_version_is_a_clear_error()
    {
        var problem = SingleProblemOf(Edited(document => document.Remove("formatVersion")));

        problem.Path.ShouldBe("formatVersion");
        problem.Message.ShouldStartWith("formatVersion is required");
    }

    [Fact]
    public void The_format_version_may_come_last_in_a_long_document()
    {
        var json = Edited(document =>
        {
            document.Remove("formatVersion");
            document["formatVersion"] = 1;
        });

        json.IndexOf("formatVersion", StringComparison.Ordinal).ShouldBeGreaterThan(4096);
        TopologyDocumentSerializer.Import(json).Topology.ShouldBe(SampleTopologies.ZonesEai.Topology);
    }

    [Fact]
    public void A_format_version_written_as_text_is_a_wrong_type()
    {
        SingleProblemOf(Edited(document => document["formatVersion"] = "1"))
            .ShouldBe(Problem.Error("formatVersion", "Wrong type: expected a whole number."));
    }

    [Fact]
    public void Format_version_zero_never_existed()
    {
        SingleProblemOf(Edited(document => document["formatVersion"] = 0))
            .ShouldBe(Problem.Error("formatVersion", "formatVersion 0 is not a known version; versions start at 1."));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"topology\"")]
    public void Input_that_is_not_a_document_object_is_refused_at_the_root(string json)
    {
        SingleProblemOf(json).Path.ShouldBe("$");
    }

    [Fact]
    public void Warnings_do_not_block_an_import_and_are_returned()
    {
        var json = Edited(document => Element(document, 0)["canvas"]!["parentName"] = "nowhere");

        var result = TopologyDocumentSerializer.Import(json);

        result.Succeeded.ShouldBeTrue();
        result.Problems.ShouldHaveSingleItem().Severity.ShouldBe(Severity.Warning);
    }

    [Fact]
    public void Optional_fields_may_be_left_out_and_take_their_defaults()
    {
        const string json = """
            {
              "formatVersion": 1,
              "name": "minimal",
              "elements": [
                { "kind": "physical-host", "name": "host1" },
                { "kind": "virtual-machine", "name": "vm1", "hostName": "host1" }
              ]
            }
            """;

        var result = TopologyDocumentSerializer.Import(json);

        result.Succeeded.ShouldBeTrue(string.Join("; ", result.Problems));
        var vm = result.Topology.FindElement<Domain.Compute.VirtualMachine>("vm1")!;
        vm.VCpu.ShouldBe(2);
        vm.Canvas.ShouldBe(Domain.Topologies.CanvasInfo.Default);
        result.Topology.Links.ShouldBeEmpty();
    }

    [Fact]
    public void Port_ranges_are_written_as_text_and_read_back()
    {
        var json = Edited(document => Element(document, 2)["rules"]![0]!["ports"] = "8000-8080");

        var result = TopologyDocumentSerializer.Import(json);

        result.Succeeded.ShouldBeTrue();
        var exported = TopologyDocumentSerializer.Export(result.Topology);
        exported.ShouldContain("\"ports\": \"8000-8080\"");
    }

    [Fact]
    public void Compact_export_is_the_same_document_without_indentation()
    {
        var topology = SampleTopologies.WebLb.Topology;
        var compact = TopologyDocumentSerializer.Export(topology, indented: false);

        compact.ShouldNotContain("\n");
        TopologyDocumentSerializer.Import(compact).Topology.ShouldBe(topology);
        JsonNode.DeepEquals(JsonNode.Parse(compact), JsonNode.Parse(TopologyDocumentSerializer.Export(topology))).ShouldBeTrue();
    }

    [Fact]
    public void An_old_format_version_is_upgraded_before_it_is_read()
    {
        var upgrader = new DocumentUpgrader([new RenameNameFromTitle()]);
        var old = Edited(document =>
        {
            document["formatVersion"] = 0;
            document["title"] = document["name"]!.GetValue<string>();
            document.Remove("name");
        });

        var result = TopologyDocumentSerializer.Import(old, upgrader);

        result.Problems.ShouldBeEmpty();
        result.Topology.ShouldBe(SampleTopologies.ZonesEai.Topology);
    }

    /// <summary>A pretend version 0 that called the topology's name "title"; exercises the upgrade chain.</summary>
    private sealed class RenameNameFromTitle : IDocumentUpgrade
    {
        public int FromVersion => 0;

        public void Upgrade(JsonObject document)
        {
            document["name"] = document["title"]!.GetValue<string>();
            document.Remove("title");
        }
    }
}
