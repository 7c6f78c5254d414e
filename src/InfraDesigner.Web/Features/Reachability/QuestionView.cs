using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>The question as the engine understood it.</summary>
public sealed record QuestionView(string From, string To, string Protocol, int? Port)
{
    public static QuestionView Of(TraceQuestion question) =>
        new(question.Source, question.Destination, ProtocolNames.Name(question.Protocol), question.Port);
}
