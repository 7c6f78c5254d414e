using System.Globalization;
using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Web.Components.Simulation;

/// <summary>
/// The time axis of a load-balancer run: a time every few buckets so the labels never crowd, and the buckets where
/// a member failed (✗) or came back into the pool (↑) named, so the charts show what caused each change.
/// </summary>
public static class TimelineLabels
{
    public const int MostPlainLabels = 8;

    public static string[] For(IReadOnlyList<LoadBucket> timeline, IEnumerable<OutageImpact> outages)
    {
        var labels = new string[timeline.Count];
        var step = Math.Max(1, (int)Math.Ceiling(timeline.Count / (double)MostPlainLabels));
        for (var b = 0; b < labels.Length; b++)
        {
            labels[b] = b % step == 0 ? Seconds(timeline[b].StartSeconds) : "";
        }
        foreach (var outage in outages)
        {
            Mark(labels, timeline, outage.FailedAtSeconds, $"✗ {outage.Member}");
            if (outage.ReturnedAtSeconds is { } back) Mark(labels, timeline, back, $"↑ {outage.Member}");
        }
        return labels;
    }

    private static void Mark(string[] labels, IReadOnlyList<LoadBucket> timeline, double seconds, string mark)
    {
        var bucket = BucketAt(timeline, seconds);
        var marked = labels[bucket].IndexOfAny(['✗', '↑']) >= 0;
        labels[bucket] = marked ? $"{labels[bucket]}, {mark}" : $"{Seconds(seconds)} {mark}";
    }

    private static int BucketAt(IReadOnlyList<LoadBucket> timeline, double seconds)
    {
        var bucket = 0;
        while (bucket + 1 < timeline.Count && timeline[bucket + 1].StartSeconds <= seconds) bucket++;
        return bucket;
    }

    private static string Seconds(double seconds) => seconds.ToString("0.#", CultureInfo.InvariantCulture) + " s";
}
