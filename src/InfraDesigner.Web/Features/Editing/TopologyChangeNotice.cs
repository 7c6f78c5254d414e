using InfraDesigner.Data.Documents;

namespace InfraDesigner.Web.Features.Editing;

/// <summary>
/// A stored change to a topology, told to the editing sessions open on it. Either items one editing
/// session stored (<see cref="Keys"/>; the others reload those), or a change of the whole topology
/// (<see cref="WholeTopology"/> says what happened, for the user; the sessions reload everything).
/// <see cref="SessionId"/> is the editing session that made the change, which ignores its own notice.
/// </summary>
public sealed record TopologyChangeNotice(Guid TopologyId, Guid? SessionId, IReadOnlyList<ItemKey> Keys)
{
    public string? WholeTopology { get; init; }

    /// <summary>The whole topology changed (restored, replaced, renamed, deleted); <paramref name="what"/> is shown to the other users.</summary>
    public static TopologyChangeNotice Whole(Guid topologyId, string what, Guid? sessionId = null) =>
        new(topologyId, sessionId, []) { WholeTopology = what };
}
