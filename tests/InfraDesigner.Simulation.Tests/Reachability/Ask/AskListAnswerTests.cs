using InfraDesigner.Simulation.Reachability;
using InfraDesigner.Simulation.Reachability.Ask;
using InfraDesigner.Simulation.Reachability.Compilation;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.Compilation.SampleEdits;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Ask;

/// <summary>
/// Questions without a port ("can PC1 reach PC2?": ping, then each service of PC2) and the lists ("what can reach sap?",
/// "what can app-a reach?"), pinned as whole answers on the worked questions' networks and samples.
/// </summary>
public class AskListAnswerTests
{
    private static NetworkSnapshot OfSample(string name) => TopologyCompiler.Compile(Sample(name));

    private static string[] Lines(AskAnswer answer) =>
        answer.Services.Select(s => $"{s.Service}: {s.Trace.Summary} [{s.Trace.DecidedBy?.ToString() ?? "-"}]").ToArray();

    [Theory]
    [InlineData("can PC1 reach PC2?")]
    [InlineData("PC1에서 PC2로 접속 가능한가?")]
    [InlineData("PC1에서 PC2로 갈 수 있어?")]
    public void Worked_question_3_as_written_is_answered_by_ping_on_the_vlans_sample(string question)
    {
        var answer = AskAnalyzer.Analyze(OfSample("vlans"), question);

        answer.Error.ShouldBeNull();
        answer.Parsed.ShouldBe(new AskedQuestion(AskKind.Services, "PC1", "PC2", Protocol.Any, null));
        answer.Answer!.Summary.ShouldBe("PC1 -> PC2 icmp: reachable via PC1 -> sw1 -> PC2");
        answer.Services.ShouldBeEmpty();
    }

    [Fact]
    public void PC1_cannot_reach_PC3_on_the_vlans_sample_for_want_of_a_route()
    {
        var answer = AskAnalyzer.Analyze(OfSample("vlans"), "can PC1 reach PC3?");

        answer.Answer!.Disposition.ShouldBe(Disposition.NoRoute);
        answer.Answer.Summary.ShouldBe("PC1 -> PC3 icmp: no route at PC1");
    }

    [Theory]
    [InlineData(VlanJoin.Nothing, "PC1 -> PC3 icmp: next hop not reachable in the VLAN of PC1 (L2-isolated)", "ssh: PC1 -> PC3:22/tcp: next hop not reachable in the VLAN of PC1 (L2-isolated) [-]")]
    [InlineData(VlanJoin.Router, "PC1 -> PC3 icmp: reachable via PC1 -> sw1 -> r1 -> sw1 -> PC3", "ssh: PC1 -> PC3:22/tcp: reachable via PC1 -> sw1 -> r1 -> sw1 -> PC3 [-]")]
    [InlineData(VlanJoin.Firewall, "PC1 -> PC3 icmp: denied at fw1: default rule (deny)", "ssh: PC1 -> PC3:22/tcp: denied at fw1: default rule (deny) [fw1: default rule (deny)]")]
    public void Each_listening_service_of_the_destination_gets_its_verdict_and_deciding_rule(VlanJoin join, string ping, string ssh)
    {
        var answer = AskAnalyzer.Analyze(Vlans(join), "can PC1 reach PC3?");

        answer.Answer!.Summary.ShouldBe(ping);
        Lines(answer).ShouldBe([ssh]);
    }

    [Fact]
    public void A_service_name_still_asks_about_that_one_flow()
    {
        var answer = AskAnalyzer.Analyze(NasShare(), "can vm1 reach share1?");

        answer.Parsed!.Kind.ShouldBe(AskKind.Flow);
        answer.Answer!.Disposition.ShouldBe(Disposition.RefusedByShareAcl);
        answer.Services.ShouldBeEmpty();
    }

    private static readonly string[] WhatCanReachSap =
    [
        "ping: app-a -> sap icmp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]",
        "sap-dispatcher: app-a -> sap:3200/tcp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]",
        "sap-gateway: app-a -> sap:3300/tcp: denied at fw-ab: rule 3 'app-a-to-sap-denied' (deny) [fw-ab: rule 3 'app-a-to-sap-denied' (deny)]",
        "ping: eai -> sap icmp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]",
        "sap-dispatcher: eai -> sap:3200/tcp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]",
        "sap-gateway: eai -> sap:3300/tcp: reachable via eai -> switch -> fw-ab -> switch -> sap [fw-ab: rule 2 'eai-to-sap' (allow)]",
    ];

    [Theory]
    [InlineData("what can reach sap?")]
    [InlineData("who can reach sap?")]
    [InlineData("sap에 접근할 수 있는 것은?")]
    [InlineData("sap은 누가 접근할 수 있어?")]
    public void What_can_reach_sap_on_zones_eai_lists_every_source_and_service_with_its_rule(string question)
    {
        var answer = AskAnalyzer.Analyze(OfSample("zones-eai"), question);

        answer.Parsed.ShouldBe(new AskedQuestion(AskKind.Reaching, null, "sap", Protocol.Any, null));
        answer.Answer.ShouldBeNull();
        Lines(answer).ShouldBe(WhatCanReachSap);
    }

    [Theory]
    [InlineData("what can reach sap on 3300?")]
    [InlineData("sap 3300 포트에 접근할 수 있는 것은?")]
    public void A_port_narrows_the_list_to_that_service(string question)
    {
        var answer = AskAnalyzer.Analyze(OfSample("zones-eai"), question);

        Lines(answer).ShouldBe(WhatCanReachSap.Where(l => l.StartsWith("sap-gateway", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_port_nothing_listens_on_says_so_for_each_source()
    {
        var answer = AskAnalyzer.Analyze(OfSample("zones-firewall"), "what can reach sap on 8080?");

        Lines(answer).ShouldBe(["port 8080: app-a -> sap:8080/tcp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]"]);
    }

    [Theory]
    [InlineData("what can app-a reach?")]
    [InlineData("app-a가 접근할 수 있는 곳은?")]
    [InlineData("app-a에서 어디로 갈 수 있어?")]
    public void What_app_a_can_reach_on_zones_eai_is_the_eai_on_443_only(string question)
    {
        var answer = AskAnalyzer.Analyze(OfSample("zones-eai"), question);

        answer.Parsed.ShouldBe(new AskedQuestion(AskKind.ReachableFrom, "app-a", null, Protocol.Any, null));
        Lines(answer).ShouldBe(
        [
            "ping: app-a -> sap icmp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]",
            "sap-dispatcher: app-a -> sap:3200/tcp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]",
            "sap-gateway: app-a -> sap:3300/tcp: denied at fw-ab: rule 3 'app-a-to-sap-denied' (deny) [fw-ab: rule 3 'app-a-to-sap-denied' (deny)]",
            "ping: app-a -> eai icmp: denied at fw-ab: default rule (deny) [fw-ab: default rule (deny)]",
            "https: app-a -> eai:443/tcp: reachable via app-a -> switch -> router -> fw-ab -> switch -> eai [fw-ab: rule 1 'app-a-to-eai' (allow)]",
        ]);
    }

    [Fact]
    public void In_the_vlans_sample_PC1_reaches_PC2_only()
    {
        var answer = AskAnalyzer.Analyze(OfSample("vlans"), "what can PC1 reach?");

        Lines(answer).ShouldBe(
        [
            "ping: PC1 -> PC2 icmp: reachable via PC1 -> sw1 -> PC2 [-]",
            "ping: PC1 -> PC3 icmp: no route at PC1 [-]",
            "ping: PC1 -> PC4 icmp: no route at PC1 [-]",
        ]);
    }

    [Fact]
    public void What_can_reach_a_share_is_answered_by_its_access_list()
    {
        var answer = AskAnalyzer.Analyze(NasShare(), "what can reach share1?");

        answer.Services.Where(s => s.Trace.Reachable).Select(s => s.Source).ShouldBe(["vm-new1", "vm-new2"]);
        answer.Services.Where(s => !s.Trace.Reachable).ShouldAllBe(s => s.Trace.Disposition == Disposition.RefusedByShareAcl);
        answer.Services.Select(s => s.Service).Distinct().ShouldBe(["share1"]);
        answer.Services.Count.ShouldBe(7);
    }
}
