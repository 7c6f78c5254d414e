using InfraDesigner.Domain.Samples;
using InfraDesigner.Simulation.Compute;
using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Simulation.Tests.Compute;

/// <summary>
/// Worked question 4's load-balancer part on the built-in `web-lb` sample, through the adapter: lb
/// spreads round robin over web1..web3 with checks every 5 s, fall 3. When web2 fails its health
/// checks (down from time 0) the balancer marks it down after its third failed check, by 15 s, and
/// from then on traffic goes to web1 and web3 only, half each.
/// </summary>
public class WebLbGoldenTests
{
    private static readonly Domain.Topologies.Topology Sample = SampleTopologies.WebLb.Topology;

    [Fact]
    public void All_healthy_round_robin_gives_each_web_server_a_third()
    {
        var answer = LoadBalancerAnalyzer.Analyze(LoadBalancerQuestionBuilder.From(Sample, "lb"));

        answer.Algorithm.ShouldBe(LoadBalancerAlgorithm.RoundRobin);
        answer.Members.Select(m => m.Member).ShouldBe(["web1", "web2", "web3"]);
        answer.Members.ShouldAllBe(m => Math.Abs(m.Share - 1.0 / 3) < 0.01);
        answer.FailedRequests.ShouldBe(0);
    }

    [Fact]
    public void When_web2_fails_its_health_checks_traffic_goes_to_web1_and_web3_only()
    {
        var question = LoadBalancerQuestionBuilder.From(Sample, "lb", new LoadBalancerOptions(UnhealthyMembers: ["web2"]));

        var outage = LoadBalancerAnalyzer.Analyze(question).Outages.ShouldHaveSingleItem();

        outage.Member.ShouldBe("web2");
        outage.DetectedAtSeconds!.Value.ShouldBeLessThanOrEqualTo(15);
        outage.SharesWhileOut["web2"].ShouldBe(0);
        outage.SharesWhileOut["web1"].ShouldBe(0.5, 0.01);
        outage.SharesWhileOut["web3"].ShouldBe(0.5, 0.01);
    }

    [Fact]
    public void A_member_marked_unhealthy_in_the_topology_is_taken_as_failing()
    {
        var lb = Sample.FindElement<Domain.Network.LoadBalancer>("lb")!;
        var marked = lb with { Members = lb.Members.SetItem(1, lb.Members[1] with { Healthy = false }) };

        var question = LoadBalancerQuestionBuilder.From(Sample.WithElement(marked), "lb");

        question.Outages!.ShouldHaveSingleItem().ShouldBe(new MemberOutage("web2", 0));
    }

    [Fact]
    public void Each_2_vcpu_web_server_serves_4_requests_per_vcpu_at_once_and_a_bigger_one_more()
    {
        var web1 = Sample.FindElement<Domain.Compute.VirtualMachine>("web1")!;

        var question = LoadBalancerQuestionBuilder.From(Sample.WithElement(web1 with { VCpu = 8 }), "lb", new LoadBalancerOptions(RequestsPerVcpu: 4));

        web1.VCpu.ShouldBe(2);
        question.Members.Select(m => (m.Name, m.Concurrency)).ShouldBe([("web1", 32), ("web2", 8), ("web3", 8)]);
    }

    [Fact]
    public void Draining_web2_at_10_s_leaves_web1_and_web3_the_traffic_and_fails_no_request()
    {
        var answer = LoadBalancerAnalyzer.Analyze(LoadBalancerQuestionBuilder.From(Sample, "lb", new LoadBalancerOptions(DrainMembers: ["web2"], DrainAtSeconds: 10)));

        answer.Drains!.ShouldHaveSingleItem().Cut.ShouldBe(0);
        answer.Timeline.Where(b => b.StartSeconds >= 10).ShouldAllBe(b => b.RequestsPerMember[1] == 0);
        answer.FailedRequests.ShouldBe(0);
    }

    [Fact]
    public void An_unknown_member_is_refused_with_its_index()
    {
        var error = Should.Throw<ComputeInputException>(() =>
            LoadBalancerQuestionBuilder.From(Sample, "lb", new LoadBalancerOptions(UnhealthyMembers: ["web1", "web9"])));

        error.Problems.ShouldHaveSingleItem().Path.ShouldBe("unhealthyMembers[1]");
    }
}
