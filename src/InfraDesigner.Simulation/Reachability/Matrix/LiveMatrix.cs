namespace InfraDesigner.Simulation.Reachability.Matrix;

/// <summary>
/// A matrix kept for the next edit (the live diff). When the next snapshot differs only in some firewalls' rules, and
/// those rules name the same devices (so the endpoint classes stand), only the cells whose flows crossed one of those
/// firewalls are judged again: a rule edit cannot change a flow that never meets the firewall. Anything else is
/// judged in full.
/// </summary>
public sealed class LiveMatrix
{
    private readonly NetworkSnapshot _snapshot;
    private readonly MatrixQuestion _question;
    private readonly MatrixLayout _layout;
    private readonly int[]?[] _firewalls;

    private LiveMatrix(NetworkSnapshot snapshot, MatrixQuestion question, MatrixLayout layout, (MatrixAnswer Answer, int[]?[] Firewalls) judged) =>
        (_snapshot, _question, _layout, Answer, _firewalls) = (snapshot, question, layout, judged.Answer, judged.Firewalls);

    public MatrixAnswer Answer { get; }

    /// <summary>How many cells the last <see cref="Next"/> judged again (all of them after a full analysis).</summary>
    public int Rejudged { get; private init; }

    public static LiveMatrix Analyze(NetworkSnapshot snapshot, MatrixQuestion question, CancellationToken cancellationToken = default)
    {
        var layout = MatrixLayout.Of(snapshot, question);
        var judged = MatrixAnalyzer.Judge(layout, question, new ClassJudge(snapshot, question.Protocol), kept: null, cancellationToken);
        return new(snapshot, question, layout, judged) { Rejudged = judged.Answer.Cells.Count };
    }

    /// <summary>The matrix of <paramref name="snapshot"/> for <paramref name="question"/>, reusing this one's cells where the edit cannot reach them.</summary>
    public LiveMatrix Next(NetworkSnapshot snapshot, MatrixQuestion question, CancellationToken cancellationToken = default)
    {
        if (!SameQuestion(question) || _snapshot.PolicyOnlyChanges(snapshot) is not { } edited
            || !MatrixEndpoints.NamedDevices(snapshot).SetEquals(_layout.Named))
            return Analyze(snapshot, question, cancellationToken);
        var rejudged = 0;
        var judged = MatrixAnalyzer.Judge(_layout, question, new ClassJudge(snapshot, question.Protocol), cell =>
        {
            if (_firewalls[cell] is { } crossed && !crossed.Any(edited.Contains)) return (Answer.Cells[cell], crossed);
            rejudged++;
            return null;
        }, cancellationToken);
        return new(snapshot, question, _layout, judged) { Rejudged = rejudged };
    }

    private bool SameQuestion(MatrixQuestion question) =>
        question.Protocol == _question.Protocol && question.Ports.SequenceEqual(_question.Ports)
        && (question.Elements ?? []).SequenceEqual(_question.Elements ?? []) && (question.Elements is null) == (_question.Elements is null);
}
