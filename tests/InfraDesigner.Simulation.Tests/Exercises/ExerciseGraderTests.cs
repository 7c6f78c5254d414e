using InfraDesigner.Domain;
using InfraDesigner.Domain.Lessons;
using InfraDesigner.Domain.Network;
using InfraDesigner.Simulation.Exercises;
using static InfraDesigner.Simulation.Tests.Exercises.LessonDesigns;

namespace InfraDesigner.Simulation.Tests.Exercises;

public class ExerciseGraderTests
{
    private static Dictionary<string, bool> Holds(ExerciseGrade grade) => grade.Results.ToDictionary(r => r.Check.Id, r => r.Holds);

    public static TheoryData<string> Lessons => [.. LessonCatalog.Builtin.Select(lesson => lesson.Id)];

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_built_in_lesson_starts_with_something_to_do(string id)
    {
        var grade = ExerciseGrader.Grade(Start(id), Lesson(id));

        grade.Passed.ShouldBeFalse();
        grade.Results.Count.ShouldBe(Lesson(id).Checks.Count);
    }

    [Fact]
    public void The_gateway_port_lesson_passes_with_one_narrow_rule_and_fails_a_wide_one()
    {
        var start = Start("open-the-sap-gateway");
        var lesson = Lesson("open-the-sap-gateway");
        Holds(ExerciseGrader.Grade(start, lesson)).ShouldBe(new Dictionary<string, bool> { ["app-a-reaches-sap"] = false, ["only-the-gateway-port"] = true });

        var narrow = WithRule(start, "fw-ab", Allow("app-a-to-sap", RuleEndpoint.Element("app-a"), RuleEndpoint.Element("sap"), PortRange.Single(3300)));
        ExerciseGrader.Grade(narrow, lesson).Passed.ShouldBeTrue();

        var wide = WithRule(start, "fw-ab", Allow("a-to-b", RuleEndpoint.Zone("A"), RuleEndpoint.Zone("B"), ports: null));
        var graded = ExerciseGrader.Grade(wide, lesson);
        Holds(graded).ShouldBe(new Dictionary<string, bool> { ["app-a-reaches-sap"] = true, ["only-the-gateway-port"] = false });
        graded.Percent.ShouldBe(50);
        graded.Results[1].Summary.ShouldBe("Zone A is opened to sap beyond port 3300 by rule a-to-b on fw-ab (tcp any port).");
    }

    [Fact]
    public void A_design_unlike_the_reference_passes_the_gateway_lesson_a_subnet_rule_instead_of_an_element_rule()
    {
        var start = Start("open-the-sap-gateway");
        var subnetRule = WithRule(start, "fw-ab", Allow("zone-a-subnet-to-sap", RuleEndpoint.ForSubnet(Domain.Addressing.Ipv4Cidr.Parse("10.10.10.0/24")),
            RuleEndpoint.Zone("B"), PortRange.Single(3300)));

        ExerciseGrader.Grade(subnetRule, Lesson("open-the-sap-gateway")).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_eai_lab_finds_the_direct_rfc_rule_and_passes_once_it_is_gone()
    {
        var lesson = Lesson("through-the-eai");
        var start = Start("through-the-eai");
        Holds(ExerciseGrader.Grade(start, lesson)).ShouldBe(new Dictionary<string, bool>
        {
            ["app-a-reaches-eai"] = true, ["eai-reaches-sap"] = true, ["app-a-does-not-reach-sap"] = false, ["sap-closed-to-zone-a"] = false,
        });

        ExerciseGrader.Grade(WithoutRule(start, "fw-ab", "direct-rfc-quick-fix"), lesson).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_vlans_lesson_passes_with_a_router_in_both_vlans_and_gateways_on_the_pcs()
    {
        var lesson = Lesson("vlans-need-a-router");
        var start = Start("vlans-need-a-router");
        Holds(ExerciseGrader.Grade(start, lesson)).ShouldBe(new Dictionary<string, bool> { ["pc1-pings-pc2"] = true, ["pc1-pings-pc3"] = false, ["pc4-pings-pc2"] = false });

        ExerciseGrader.Grade(WithRouter(start), lesson).Passed.ShouldBeTrue();
    }

    [Fact]
    public void The_web_fault_lab_is_fixed_by_removing_the_shadowing_deny_and_broken_again_by_opening_ssh()
    {
        var lesson = Lesson("edge-firewall-fault");
        var start = Start("edge-firewall-fault");
        var user = ExerciseGrader.Grade(start, lesson).Results.Single(r => r.Check.Id == "user-reaches-the-site");
        user.Holds.ShouldBeFalse();
        user.Summary.ShouldContain("maintenance-block");

        var fixedDesign = WithoutRule(start, "fw-edge", "maintenance-block");
        ExerciseGrader.Grade(fixedDesign, lesson).Passed.ShouldBeTrue();

        var ssh = WithRule(fixedDesign, "fw-edge", Allow("ssh-in", RuleEndpoint.Zone("internet"), RuleEndpoint.Zone("dmz"), PortRange.Single(22)));
        Holds(ExerciseGrader.Grade(ssh, lesson)).ShouldBe(new Dictionary<string, bool>
        {
            ["user-reaches-the-site"] = true, ["only-web-ports-open"] = false,
        });
    }

    [Fact]
    public void The_host_failure_lesson_names_the_vm_that_cannot_restart_and_passes_with_a_third_host()
    {
        var lesson = Lesson("survive-a-host-failure");
        var start = Start("survive-a-host-failure");
        var result = ExerciseGrader.Grade(start, lesson).Results.ShouldHaveSingleItem();
        result.Holds.ShouldBeFalse();
        result.Summary.ShouldStartWith("If host");

        ExerciseGrader.Grade(WithThirdHost(start), lesson).Passed.ShouldBeTrue();
    }

    [Fact]
    public void A_check_naming_a_deleted_element_fails_saying_why_instead_of_throwing()
    {
        var lesson = Lesson("open-the-sap-gateway");
        var start = Start("open-the-sap-gateway");
        var withoutSap = start with { Elements = start.Elements.Where(e => e.Name != "sap").ToEquatableArray(), Links = start.Links.Where(l => l.A.Element != "sap" && l.B.Element != "sap").ToEquatableArray() };

        var reach = ExerciseGrader.Grade(withoutSap, lesson).Results[0];
        reach.Holds.ShouldBeFalse();
        reach.Summary.ShouldStartWith("Cannot be checked yet:");
    }
}
