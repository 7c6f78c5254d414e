using InfraDesigner.Web.Features.Reachability;

namespace InfraDesigner.Web.Components.Reachability;

/// <summary>
/// What a question got: for one in words <see cref="Asked"/> (its kind, parse and list), for any its trace
/// <see cref="Answer"/> when it has one; <see cref="Form"/> is what the fields show after it.
/// </summary>
public sealed record AskOutcome(AskForm Form, AskAnswerView? Asked, ReachabilityAnswer? Answer);
