using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Simulation.Tests.LoadBalancing;

/// <summary>Source-IP persistence, slow start and connection draining, each an option off by default as in HAProxy.</summary>
public class PersistenceSlowStartDrainTests
{
    private static readonly PoolMember[] Three = [new("web1"), new("web2"), new("web3")];

    [Fact]
    public void With_source_ip_stickiness_every_client_stays_on_one_member_under_round_robin()
    {
        var plain = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion(Three));
        var sticky = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion(Three, StickinessSeconds: 1800));

        // 6,000 requests from 1,000 clients: without persistence a client's ~6 requests rotate over the three members.
        plain.ClientsOnOneMember.ShouldBeLessThan(0.1);
        sticky.ClientsOnOneMember.ShouldBe(1);
        sticky.Members.ShouldAllBe(m => Math.Abs(m.Share - 1.0 / 3) < 0.05);
        sticky.Assumptions.ShouldContain("source-IP persistence for 1800 s");
    }

    [Fact]
    public void A_stuck_client_whose_member_fails_is_redispatched_so_about_a_third_of_clients_change_member()
    {
        var answer = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion(Three, StickinessSeconds: 1800, Outages: [new MemberOutage("web2", 20)]));

        // web2's clients (a third) move once it is marked down; the others never change.
        answer.ClientsOnOneMember.ShouldBe(2.0 / 3, 0.05);
    }

    [Fact]
    public void With_a_20_s_slow_start_a_returning_member_gets_1_minus_ln_2_of_the_traffic_while_it_ramps()
    {
        var question = new LoadBalancerQuestion([new("a"), new("b")], Outages: [new MemberOutage("b", 10, RecoverAtSeconds: 20)],
            SlowStartSeconds: 20, DurationSeconds: 60);

        var answer = LoadBalancerAnalyzer.Analyze(question);

        // Weight b ramps as x = t/20 against a's 1, so b's share is x/(1+x); averaged over x in [0, 1] that is 1 − ln 2 = 0.307.
        var back = answer.Outages.ShouldHaveSingleItem().ReturnedAtSeconds!.Value;
        var ramp = answer.Timeline.Where(b => b.StartSeconds >= Math.Ceiling(back) && b.StartSeconds + 1 <= back + 20).ToList();
        var share = (double)ramp.Sum(b => b.RequestsPerMember[1]) / ramp.Sum(b => b.RequestsPerMember.Sum());
        share.ShouldBe(1 - Math.Log(2), 0.03);
        var after = answer.Timeline.Where(b => b.StartSeconds >= back + 21).ToList();
        ((double)after.Sum(b => b.RequestsPerMember[1]) / after.Sum(b => b.RequestsPerMember.Sum())).ShouldBe(0.5, 0.01);
    }

    [Fact]
    public void Without_slow_start_the_returning_member_gets_half_at_once()
    {
        var answer = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion([new("a"), new("b")], Outages: [new MemberOutage("b", 10, RecoverAtSeconds: 20)]));

        var back = answer.Outages[0].ReturnedAtSeconds!.Value;
        var next = answer.Timeline.Where(b => b.StartSeconds >= Math.Ceiling(back) && b.StartSeconds < back + 10).ToList();
        ((double)next.Sum(b => b.RequestsPerMember[1]) / next.Sum(b => b.RequestsPerMember.Sum())).ShouldBe(0.5, 0.01);
    }

    /// <summary>1,000 requests/s of 50 ms on two members: about 25 in flight on each when web1 starts draining at 10 s.</summary>
    private static LoadBalancerQuestion Busy(double drainTimeout) => new([new("web1", Concurrency: 100), new("web2", Concurrency: 100)],
        ArrivalRatePerSecond: 1000, DurationSeconds: 20, Drains: [new MemberDrain("web1", 10)], DrainTimeoutSeconds: drainTimeout);

    [Fact]
    public void A_drained_member_takes_no_new_requests_and_finishes_those_it_holds()
    {
        var answer = LoadBalancerAnalyzer.Analyze(Busy(drainTimeout: 300));

        var drain = answer.Drains!.ShouldHaveSingleItem();
        drain.InFlight.ShouldBeGreaterThan(10);
        drain.Completed.ShouldBe(drain.InFlight);
        drain.Cut.ShouldBe(0);
        // Exponential service of 50 ms mean: the last of ~25 finishes within about half a second.
        drain.EmptyAtSeconds!.Value.ShouldBeInRange(10, 11);
        answer.Timeline.Where(b => b.StartSeconds >= 10).ShouldAllBe(b => b.RequestsPerMember[0] == 0);
        answer.FailedRequests.ShouldBe(0);
    }

    [Fact]
    public void A_drain_timeout_of_0_cuts_every_request_the_member_held()
    {
        var answer = LoadBalancerAnalyzer.Analyze(Busy(drainTimeout: 0));

        var drain = answer.Drains!.ShouldHaveSingleItem();
        drain.Cut.ShouldBe(drain.InFlight);
        answer.FailedRequests.ShouldBe(drain.InFlight);
    }
}
