namespace InfraDesigner.Web.Features.Reachability;

/// <summary>A question in words, how it was parsed, and its answer.</summary>
public sealed record AskAnswerView(string Question, QuestionView Parsed, ReachabilityAnswer Answer);
