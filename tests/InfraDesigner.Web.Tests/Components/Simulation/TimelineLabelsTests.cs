using InfraDesigner.Simulation.LoadBalancing;
using InfraDesigner.Web.Components.Simulation;

namespace InfraDesigner.Web.Tests.Components.Simulation;

public sealed class TimelineLabelsTests
{
    private static List<LoadBucket> Buckets(int count) =>
        [.. Enumerable.Range(0, count).Select(b => new LoadBucket(b * 1.0, [10, 10], [50, 50]))];

    private static OutageImpact Outage(string member, double failedAt, double? returnedAt) =>
        new(member, failedAt, failedAt + 5, returnedAt - 2, returnedAt, 12, new Dictionary<string, double>(), null);

    [Fact]
    public void Sixty_buckets_get_at_most_eight_times_and_the_failure_and_return_are_named_in_their_buckets()
    {
        var labels = TimelineLabels.For(Buckets(60), [Outage("web2", 20.4, 43.5)]);

        labels.Length.ShouldBe(60);
        labels.Where(l => l.Length > 0 && !l.Contains('✗') && !l.Contains('↑')).Count().ShouldBeLessThanOrEqualTo(TimelineLabels.MostPlainLabels);
        labels[0].ShouldBe("0 s");
        labels[20].ShouldBe("20.4 s ✗ web2");
        labels[43].ShouldBe("43.5 s ↑ web2");
        labels[21].ShouldBe("");
    }

    [Fact]
    public void A_member_that_never_returns_has_no_return_mark_and_two_events_in_one_bucket_share_its_label()
    {
        var labels = TimelineLabels.For(Buckets(10), [Outage("web2", 3.2, null), Outage("web3", 3.7, null)]);

        labels[3].ShouldBe("3.2 s ✗ web2, ✗ web3");
        labels.ShouldNotContain(l => l.Contains('↑'));
    }

    [Fact]
    public void A_failure_after_the_last_bucket_starts_is_marked_in_the_last_bucket()
    {
        TimelineLabels.For(Buckets(5), [Outage("web1", 9, null)])[4].ShouldBe("9 s ✗ web1");
    }
}
