using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Simulation.Tests.LoadBalancing;

/// <summary>Round robin and Maglev honour member weights (HAProxy's roundrobin; weighted Maglev as in Envoy).</summary>
public class WeightsTests
{
    [Fact]
    public void Weights_5_1_1_give_nginx_s_published_smooth_order_a_a_b_a_c_a_a()
    {
        // The sequence nginx's ngx_http_upstream_round_robin.c documents for weights { 5, 1, 1 }.
        var selector = new MemberSelector([new PoolMember("a", 5), new PoolMember("b", 1), new PoolMember("c", 1)], LoadBalancerAlgorithm.RoundRobin, MaglevTable.DefaultSize);

        var names = "abc";
        string.Concat(Enumerable.Range(0, 7).Select(_ => names[selector.Pick(0, new int[3])])).ShouldBe("aabacaa");
    }

    [Fact]
    public void Round_robin_with_weights_3_and_1_sends_three_quarters_to_the_heavier_member()
    {
        var answer = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion([new PoolMember("big", 3), new PoolMember("small", 1)]));

        // Each cycle of 4 requests goes big, big, small, big: exactly 3/4 up to one request.
        answer.Members[0].Share.ShouldBe(0.75, 1.0 / answer.TotalRequests + 1e-12);
        answer.Assumptions.ShouldContain("round robin by weight");
    }

    [Fact]
    public void A_weighted_maglev_table_gives_a_weight_3_member_three_times_the_slots_of_a_weight_1_member()
    {
        var table = new MaglevTable(["a", "b"], MaglevTable.DefaultSize, [3, 1]);

        // a claims a slot in every round, b in every third: 4 slots per 3 rounds, so 65537 · 3/4 = 49152.75 and 16384.25.
        var a = table.Entries.ToArray().Count(e => e == 0);
        a.ShouldBeInRange(49151, 49155);
        (table.Size - a).ShouldBeInRange(16382, 16386);
    }

    [Fact]
    public void Equal_weights_build_the_same_table_as_no_weights()
    {
        string[] names = ["web1", "web2", "web3"];

        new MaglevTable(names, 251, [2, 2, 2]).Entries.ToArray().ShouldBe(new MaglevTable(names, 251).Entries.ToArray());
    }
}
