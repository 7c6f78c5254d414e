using FsCheck;
using FsCheck.Fluent;
using InfraDesigner.Simulation.Migration;

namespace InfraDesigner.Simulation.Tests.Migration;

public class PreCopyClosedFormTests
{
    [Fact]
    public void Every_round_sends_memory_times_dirty_rate_over_bandwidth_to_the_round_within_1_percent()
    {
        var property = Prop.ForAll<int>(seed =>
        {
            var random = new Random(seed);
            var memory = random.Next(256, 1 << 20);
            var bandwidth = random.Next(100, 5000);
            var dirty = bandwidth * random.NextDouble() * 0.95;
            var answer = MigrationAnalyzer.Analyze(new MigrationQuestion(memory, dirty, bandwidth, DowntimeLimitMs: 0.001, MaxRounds: 12, ProtocolOverheadPercent: 0));
            return answer.Rounds.All(r =>
            {
                var expected = memory * Math.Pow(dirty / bandwidth, r.Index);
                return Math.Abs(r.SentMiB - expected) <= 0.01 * expected + 1e-12;
            });
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), property);
    }
}
