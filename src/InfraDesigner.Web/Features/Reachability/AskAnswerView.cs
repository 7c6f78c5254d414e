namespace InfraDesigner.Web.Features.Reachability;

/// <summary>
/// A question in words, how it was parsed, and its answer. <see cref="Kind"/> is "flow" (one flow: <see cref="Answer"/>),
/// "services" (two elements without a port: <see cref="Answer"/> is the ping, <see cref="Services"/> each service of the
/// destination), "reaching" ("what can reach X?") or "reachableFrom" ("what can X reach?"), whose
/// <see cref="Services"/> list every flow and whose <see cref="Answer"/> is null.
/// </summary>
public sealed record AskAnswerView(string Question, string Kind, QuestionView Parsed, ReachabilityAnswer? Answer, IReadOnlyList<ServiceAnswerView> Services);
