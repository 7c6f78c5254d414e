using InfraDesigner.Simulation.Reachability.Ask;
using InfraDesigner.Simulation.Reachability.Tracing;

namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// The question as the engine understood it. <see cref="From"/> is null for "what can reach To?", <see cref="To"/> for
/// "what can From reach?"; <see cref="Protocol"/> is "any" when a question in words names neither port nor protocol.
/// </summary>
public sealed record QuestionView(string? From, string? To, string Protocol, int? Port)
{
    public static QuestionView Of(TraceQuestion question) =>
        new(question.Source, question.Destination, ProtocolNames.Name(question.Protocol), question.Port);

    public static QuestionView Of(AskedQuestion question) =>
        new(question.Source, question.Destination, ProtocolNames.Name(question.Protocol), question.Port);
}
