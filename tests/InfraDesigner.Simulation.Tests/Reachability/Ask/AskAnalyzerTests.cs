using InfraDesigner.Simulation.Reachability.Ask;
using InfraDesigner.Simulation.Reachability.Model;
using InfraDesigner.Simulation.Reachability.Tracing;
using static InfraDesigner.Simulation.Tests.Reachability.WorkedQuestionNetworks;

namespace InfraDesigner.Simulation.Tests.Reachability.Ask;

public class AskAnalyzerTests
{
    [Theory]
    [InlineData("can app-a reach sap on port 3300?")]
    [InlineData("is sap reachable from app-a on 3300/tcp")]
    [InlineData("app-a에서 sap 3300 포트로 접속 가능한가?")]
    [InlineData("app-a에서 sap으로 3300번 포트 접속되나요?")]
    [InlineData("Can APP-A reach SAP on 3300")]
    [InlineData("can 10.1.0.10 connect to sap:3300?")]
    public void Questions_in_english_and_korean_become_the_same_trace(string question)
    {
        var answer = AskAnalyzer.Analyze(ZonesFirewall(withAllowRule: true).Build(), question);

        answer.Error.ShouldBeNull();
        answer.Parsed!.Destination.ShouldBe("sap");
        answer.Parsed.Port.ShouldBe(3300);
        answer.Parsed.Protocol.ShouldBe(Protocol.Tcp);
        answer.Answer!.Disposition.ShouldBe(Disposition.Accepted);
    }

    [Theory]
    [InlineData("can PC1 ping PC3?")]
    [InlineData("PC1에서 PC3로 핑 되나요?")]
    public void Ping_means_icmp(string question)
    {
        var answer = AskAnalyzer.Analyze(Vlans(VlanJoin.Router), question);

        answer.Parsed.ShouldBe(new AskedQuestion(AskKind.Flow, "PC1", "PC3", Protocol.Icmp, null));
        answer.Answer!.Reachable.ShouldBeTrue();
    }

    [Fact]
    public void An_unknown_name_gets_a_did_you_mean()
    {
        var answer = AskAnalyzer.Analyze(ZonesFirewall().Build(), "can app-a reach sapp on port 3300?");

        answer.Error.ShouldBe("no element named 'sapp'; did you mean 'sap'?");
        answer.Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("", "the question is empty")]
    [InlineData("hello there", "could not find who asks and what for in 'hello there'; try 'can app-a reach sap on port 3300?' or 'what can reach sap?'")]
    [InlineData("can app-a reach sap on port 99999?", "port 99999 is out of range 1-65535")]
    [InlineData("what can reach sapp?", "no element named 'sapp'; did you mean 'sap'?")]
    [InlineData("can sw-a reach sap?", "'sw-a' has no IP address")]
    public void A_bad_question_is_an_error_result_not_an_exception(string question, string error)
    {
        AskAnalyzer.Analyze(ZonesFirewall().Build(), question).Error.ShouldBe(error);
    }

    [Fact]
    public void A_service_name_supplies_the_port()
    {
        var answer = AskAnalyzer.Analyze(NasShare(), "can vm-new1 reach share1?");

        answer.Parsed!.Destination.ShouldBe("share1");
        answer.Answer!.Flow.Port.ShouldBe(2049);
        answer.Answer.Reachable.ShouldBeTrue();
    }
}
