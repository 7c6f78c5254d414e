using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Lessons.Checks;
using InfraDesigner.Domain.Samples;

namespace InfraDesigner.Domain.Tests.Lessons;

public sealed class LessonSerializerTests
{
    [Fact]
    public void Every_built_in_lesson_reads_and_exports_to_the_same_lesson()
    {
        LessonCatalog.Builtin.Count.ShouldBeGreaterThanOrEqualTo(5);
        foreach (var lesson in LessonCatalog.Builtin)
        {
            var again = LessonSerializer.Import(LessonSerializer.Export(lesson));
            again.Problems.ShouldBeEmpty();
            again.Lesson.ShouldBe(lesson);
        }
    }

    [Fact]
    public void A_text_is_English_by_default_and_Korean_where_written()
    {
        var title = LessonCatalog.Find("vlans-need-a-router")!.Title;
        title.In(Language.En).ShouldBe(title.En);
        title.In(Language.Ko).ShouldBe(title.Ko);
        new LocalizedText("Only English").In(Language.Ko).ShouldBe("Only English");
    }

    [Fact]
    public void A_plain_string_is_an_English_only_text()
    {
        var lesson = Edited(json => json["title"] = "Plain title");
        LessonSerializer.Import(lesson).Lesson!.Title.ShouldBe(new LocalizedText("Plain title"));
    }

    [Theory]
    [InlineData("checks[0].to", "no element 'sap-9'")]
    [InlineData("checks[0].port", "70000 is not a port number")]
    [InlineData("start.sample", "vlans-that-do-not-exist")]
    [InlineData("id", "is not a lesson id")]
    [InlineData("checks", "at least one check")]
    public void A_wrong_field_is_refused_with_its_path(string field, string reason)
    {
        var json = Edited(lesson =>
        {
            switch (field)
            {
                case "checks[0].to": lesson["checks"]![0]!["to"] = "sap-9"; break;
                case "checks[0].port": lesson["checks"]![0]!["kind"] = "reach"; lesson["checks"]![0]!["port"] = 70000; lesson["checks"]![0]!["protocol"] = "tcp"; break;
                case "start.sample": lesson["start"]!["sample"] = "vlans-that-do-not-exist"; break;
                case "id": lesson["id"] = "Not A Slug"; break;
                case "checks": lesson["checks"] = new JsonArray(); break;
            }
        });
        var read = LessonSerializer.Import(json);
        read.Succeeded.ShouldBeFalse();
        read.Problems.ShouldContain(problem => problem.Path == field && problem.Message.Contains(reason), string.Join("; ", read.Problems));
    }

    [Fact]
    public void A_fault_that_names_a_missing_firewall_is_refused_at_the_fault()
    {
        var json = Edited(lesson => lesson["start"]!["faults"]![0]!["firewall"] = "fw-nowhere", id: "through-the-eai");
        var read = LessonSerializer.Import(json);
        read.Problems.ShouldContain(problem => problem.Path == "start.faults[0].firewall", string.Join("; ", read.Problems));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused_with_its_path()
    {
        var read = LessonSerializer.Import(Edited(lesson => lesson["checks"]![0]!["port"] = "ssh"));
        read.Succeeded.ShouldBeFalse();
        read.Problems.ShouldHaveSingleItem().Path.ShouldBe("checks[0].port");
    }

    [Fact]
    public void Checks_are_read_by_their_kind()
    {
        var kinds = LessonCatalog.Builtin.SelectMany(lesson => lesson.Checks).Select(check => check.GetType()).Distinct().ToArray();
        kinds.ShouldBe([typeof(ReachCheck), typeof(NoOpeningCheck), typeof(SurvivesHostLossCheck)], ignoreOrder: true);
    }

    [Fact]
    public void A_lesson_can_start_from_a_topology_written_into_it()
    {
        var sample = SampleTopologies.Find("vlans")!.Topology;
        var read = LessonSerializer.Import(Edited(lesson => lesson["start"] = new JsonObject { ["topology"] = JsonNode.Parse(TopologyDocumentSerializer.Export(sample)) }));
        read.Problems.ShouldBeEmpty();
        read.Lesson!.Start.Build("mine").Elements.ShouldBe(sample.Elements);
        LessonSerializer.Import(LessonSerializer.Export(read.Lesson)).Lesson.ShouldBe(read.Lesson);
    }

    [Fact]
    public void A_written_topology_is_held_to_the_topology_format_at_its_path_in_the_lesson()
    {
        var document = JsonNode.Parse(TopologyDocumentSerializer.Export(SampleTopologies.Find("vlans")!.Topology))!;
        var pc = document["elements"]!.AsArray().First(element => (string?)element!["name"] == "PC1")!;
        var index = document["elements"]!.AsArray().IndexOf(pc);
        pc["interfaces"]![0]!["address"] = "192.168.10.300/24";
        var read = LessonSerializer.Import(Edited(lesson => lesson["start"] = new JsonObject { ["topology"] = document }));
        read.Succeeded.ShouldBeFalse();
        read.Problems.ShouldContain(problem => problem.Path == $"start.topology.elements[{index}].interfaces[0].address", string.Join("; ", read.Problems));
    }

    [Theory]
    [InlineData(true, "start.topology", "not both")]
    [InlineData(false, "start.sample", "a sample or a topology")]
    public void A_lesson_starts_from_exactly_one_sample_or_topology(bool both, string field, string reason)
    {
        var document = JsonNode.Parse(TopologyDocumentSerializer.Export(SampleTopologies.Find("vlans")!.Topology));
        var read = LessonSerializer.Import(Edited(lesson => lesson["start"] = both ? new JsonObject { ["sample"] = "vlans", ["topology"] = document } : new JsonObject()));
        read.Problems.ShouldContain(problem => problem.Path == field && problem.Message.Contains(reason), string.Join("; ", read.Problems));
    }

    private static string Edited(Action<JsonNode> edit, string id = "vlans-need-a-router")
    {
        var json = JsonNode.Parse(LessonSerializer.Export(LessonCatalog.Find(id)!))!;
        edit(json);
        return json.ToJsonString();
    }
}
