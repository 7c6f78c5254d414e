using InfraDesigner.Simulation.LoadBalancing;

namespace InfraDesigner.Simulation.Tests.LoadBalancing;

public class LoadBalancerAnalyzerTests
{
    private static readonly PoolMember[] Web = [new("web1"), new("web2"), new("web3")];

    /// <summary>
    /// Worked question 4's load balancer part: lb (VIP port 443) in front of web1, web2, web3; web2
    /// fails at 20 s and the health checks (HAProxy defaults: every 2 s, fall 3, rise 2) take it out.
    /// </summary>
    private static LoadBalancerQuestion WebLb(LoadBalancerAlgorithm algorithm = LoadBalancerAlgorithm.RoundRobin, double? recoverAt = null) =>
        new(Web, algorithm, ArrivalRatePerSecond: 200, DurationSeconds: 60, Outages: [new MemberOutage("web2", 20, recoverAt)]);

    [Theory]
    [InlineData(LoadBalancerAlgorithm.RoundRobin)]
    [InlineData(LoadBalancerAlgorithm.WeightedRoundRobin)]
    [InlineData(LoadBalancerAlgorithm.LeastConnections)]
    [InlineData(LoadBalancerAlgorithm.SourceIpHash)]
    [InlineData(LoadBalancerAlgorithm.Maglev)]
    public void Worked_question_4_when_web2_fails_its_health_checks_traffic_goes_to_web1_and_web3_only(LoadBalancerAlgorithm algorithm)
    {
        var answer = LoadBalancerAnalyzer.Analyze(WebLb(algorithm));

        var outage = answer.Outages.ShouldHaveSingleItem();
        outage.DetectionDelaySeconds!.Value.ShouldBeInRange(2 * 2.0, 3 * 2.0);
        outage.SharesWhileOut["web2"].ShouldBe(0);
        outage.SharesWhileOut["web1"].ShouldBeGreaterThan(0.2);
        outage.SharesWhileOut["web3"].ShouldBeGreaterThan(0.2);
        outage.RequestsFailed.ShouldBeGreaterThan(0);
        var detectedBucket = (int)Math.Ceiling(outage.DetectedAtSeconds!.Value);
        answer.Timeline.Skip(detectedBucket).ShouldAllBe(b => b.RequestsPerMember[1] == 0);
        answer.Timeline.Take(20).ShouldAllBe(b => b.RequestsPerMember.All(r => r > 0));
        answer.Explanation.ShouldContain("meanwhile traffic went to web1");
    }

    [Fact]
    public void A_member_that_returns_is_put_back_after_rise_good_checks_and_takes_traffic_again()
    {
        var answer = LoadBalancerAnalyzer.Analyze(WebLb(recoverAt: 40));

        var outage = answer.Outages.ShouldHaveSingleItem();
        outage.ReturnedAtSeconds!.Value.ShouldBeInRange(40 + 2.0, 40 + 2 * 2.0);
        answer.Timeline.Skip((int)Math.Ceiling(outage.ReturnedAtSeconds.Value)).ShouldAllBe(b => b.RequestsPerMember[1] > 0);
    }

    [Fact]
    public void The_timeline_gives_each_members_response_time_per_bucket_and_none_while_it_answers_nothing()
    {
        var answer = LoadBalancerAnalyzer.Analyze(WebLb(recoverAt: 40));

        var outage = answer.Outages.ShouldHaveSingleItem();
        var down = answer.Timeline.Where(b => b.StartSeconds >= 21 && b.StartSeconds + 1 <= outage.ReturnedAtSeconds!.Value).ToList();
        down.ShouldNotBeEmpty();
        down.ShouldAllBe(b => b.MeanResponseMsPerMember[1] == null);
        answer.Timeline.ShouldAllBe(b => b.MeanResponseMsPerMember[0] != null && b.MeanResponseMsPerMember[2] != null);
        var web1 = answer.Members[0];
        answer.Timeline.Average(b => b.MeanResponseMsPerMember[0]!.Value).ShouldBe(web1.MeanResponseMs, web1.MeanResponseMs * 0.1);
        answer.Timeline.Where(b => b.StartSeconds >= outage.ReturnedAtSeconds!.Value + 1).ShouldAllBe(b => b.MeanResponseMsPerMember[1] != null);
    }

    [Fact]
    public void Round_robin_shares_evenly()
    {
        var answer = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion(Web));

        answer.Members.ShouldAllBe(m => Math.Abs(m.Share - 1.0 / 3) < 0.001);
        answer.FailedRequests.ShouldBe(0);
        answer.MeanResponseMs.ShouldBeInRange(40, 60);
    }

    [Fact]
    public void Weighted_round_robin_follows_the_weights()
    {
        var answer = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion([new("big", 3), new("small", 1)], LoadBalancerAlgorithm.WeightedRoundRobin));

        answer.Members[0].Share.ShouldBe(0.75, 0.001);
    }

    [Fact]
    public void Least_connections_favours_the_member_that_serves_more_at_once()
    {
        var question = new LoadBalancerQuestion([new("narrow", Concurrency: 1), new("wide", Concurrency: 32)],
            LoadBalancerAlgorithm.LeastConnections, ArrivalRatePerSecond: 60, MeanServiceSeconds: 0.05);

        var answer = LoadBalancerAnalyzer.Analyze(question);

        answer.Members[1].Share.ShouldBeGreaterThan(answer.Members[0].Share);
        answer.Members[0].MeanResponseMs.ShouldBeGreaterThan(answer.Members[1].MeanResponseMs);
    }

    [Fact]
    public void Source_ip_hash_keeps_one_client_on_one_member()
    {
        var answer = LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion(Web, LoadBalancerAlgorithm.SourceIpHash, ClientCount: 1));

        answer.Members.Count(m => m.Requests > 0).ShouldBe(1);
    }

    [Fact]
    public void Maglev_moves_about_one_client_in_n_when_a_member_leaves_and_a_modulo_hash_moves_most()
    {
        var pool = Enumerable.Range(1, 10).Select(i => new PoolMember($"web{i}")).ToArray();
        LoadBalancerQuestion Question(LoadBalancerAlgorithm a) =>
            new(pool, a, DurationSeconds: 10, ClientCount: 5000, Outages: [new MemberOutage("web4", 2)]);

        var maglev = LoadBalancerAnalyzer.Analyze(Question(LoadBalancerAlgorithm.Maglev)).Outages[0].DisruptionPercent!.Value;
        var modulo = LoadBalancerAnalyzer.Analyze(Question(LoadBalancerAlgorithm.SourceIpHash)).Outages[0].DisruptionPercent!.Value;

        maglev.ShouldBeInRange(8, 13);
        modulo.ShouldBeGreaterThan(80);
        LoadBalancerAnalyzer.Analyze(Question(LoadBalancerAlgorithm.RoundRobin)).Outages[0].DisruptionPercent.ShouldBeNull();
    }

    [Fact]
    public void The_same_seed_gives_the_same_run()
    {
        var first = LoadBalancerAnalyzer.Analyze(WebLb(LoadBalancerAlgorithm.LeastConnections));
        var second = LoadBalancerAnalyzer.Analyze(WebLb(LoadBalancerAlgorithm.LeastConnections));

        second.Members.ShouldBe(first.Members);
        second.Explanation.ShouldBe(first.Explanation);
    }

    [Fact]
    public void An_outage_of_an_unknown_member_is_refused()
    {
        Should.Throw<ArgumentException>(() => LoadBalancerAnalyzer.Analyze(new LoadBalancerQuestion(Web, Outages: [new MemberOutage("web9", 1)])))
            .Message.ShouldContain("web9");
    }
}
