using InfraDesigner.Simulation.Reachability.Ask;
using InfraDesigner.Simulation.Reachability.Model;

namespace InfraDesigner.Simulation.Tests.Reachability.Ask;

/// <summary>Questions as people type them, in English and Korean, read into names, port and protocol.</summary>
public class QuestionParserTests
{
    private static ParsedWords Parse(string question) => QuestionParser.Parse(question).Words.ShouldNotBeNull();

    [Theory]
    [InlineData("can PC1 reach PC2?")]
    [InlineData("Can PC1 reach PC2")]
    [InlineData("does PC1 reach PC2?")]
    [InlineData("is PC2 reachable from PC1?")]
    [InlineData("PC1 -> PC2")]
    [InlineData("PC1에서 PC2로 접속 가능한가?")]
    [InlineData("PC1에서 PC2로 갈 수 있어?")]
    [InlineData("PC1에서 PC2 접속되나요?")]
    [InlineData("PC1이 PC2에 접속할 수 있나요?")]
    [InlineData("PC1은 PC2로 갈 수 있어?")]
    public void Two_elements_without_a_port_or_protocol(string question)
    {
        Parse(question).ShouldBe(new ParsedWords("PC1", "PC2", null, null));
    }

    [Theory]
    [InlineData("what can reach sap?", null)]
    [InlineData("What can reach sap", null)]
    [InlineData("who can reach sap?", null)]
    [InlineData("what reaches sap?", null)]
    [InlineData("which elements can access sap?", null)]
    [InlineData("who is able to connect to sap?", null)]
    [InlineData("who has access to sap?", null)]
    [InlineData("can anything reach sap?", null)]
    [InlineData("where can sap be reached from?", null)]
    [InlineData("what can reach sap on 3300?", 3300)]
    [InlineData("who can reach sap:3300", 3300)]
    [InlineData("sap에 접근할 수 있는 것은?", null)]
    [InlineData("sap에 접속 가능한 서버는?", null)]
    [InlineData("sap으로 접속할 수 있는 곳은?", null)]
    [InlineData("sap에 누가 접근할 수 있어?", null)]
    [InlineData("sap은 누가 접근할 수 있어?", null)]
    [InlineData("sap 3300 포트에 접근할 수 있는 것은?", 3300)]
    public void What_can_reach_an_element(string question, int? port)
    {
        Parse(question).ShouldBe(new ParsedWords(null, "sap", null, port));
    }

    [Theory]
    [InlineData("what can app-a reach?", null)]
    [InlineData("which services can app-a reach?", null)]
    [InlineData("what does app-a reach", null)]
    [InlineData("where can app-a go?", null)]
    [InlineData("what is reachable from app-a?", null)]
    [InlineData("what can app-a reach on port 443?", 443)]
    [InlineData("app-a가 접근할 수 있는 곳은?", null)]
    [InlineData("app-a에서 접속 가능한 곳은?", null)]
    [InlineData("app-a는 어디에 접속할 수 있어?", null)]
    [InlineData("app-a에서 어디로 갈 수 있어?", null)]
    [InlineData("app-a가 443 포트로 접근할 수 있는 서버는?", 443)]
    public void What_an_element_can_reach(string question, int? port)
    {
        Parse(question).ShouldBe(new ParsedWords("app-a", null, null, port));
    }

    [Theory]
    [InlineData("can app-a reach sap on tcp port 3300?", Protocol.Tcp)]
    [InlineData("can app-a reach sap on port 3300?", null)]
    [InlineData("app-a에서 sap 3300 포트로 접속 가능한가?", null)]
    [InlineData("app-a에서 sap으로 3300번 포트 접속되나요?", null)]
    [InlineData("app-a이 sap 3300 포트로 접속할 수 있어?", null)]
    public void A_port_stays_a_question_about_one_flow(string question, Protocol? protocol)
    {
        Parse(question).ShouldBe(new ParsedWords("app-a", "sap", protocol, 3300));
    }

    [Theory]
    [InlineData("who can ping sap?", null, "sap")]
    [InlineData("what can PC1 ping?", "PC1", null)]
    [InlineData("can PC1 ping PC3?", "PC1", "PC3")]
    public void Ping_asks_for_icmp(string question, string? source, string? destination)
    {
        Parse(question).ShouldBe(new ParsedWords(source, destination, Protocol.Icmp, null));
    }

    [Theory]
    [InlineData("hello there")]
    [InlineData("what is the weather?")]
    [InlineData("sap에 대해 알려줘")]
    public void A_question_of_no_known_shape_says_what_to_try(string question)
    {
        QuestionParser.Parse(question).Error.ShouldBe($"could not find who asks and what for in '{question}'; try 'can app-a reach sap on port 3300?' or 'what can reach sap?'");
    }
}
