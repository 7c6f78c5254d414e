using System.Text.Json.Nodes;
using InfraDesigner.Domain.Documents;

namespace InfraDesigner.Domain.Tests.Documents;

public sealed class DocumentUpgraderTests
{
    [Fact]
    public void Upgrades_run_in_version_order_and_stamp_each_new_version()
    {
        var seen = new List<string>();
        var upgrader = new DocumentUpgrader([new Step(2, seen), new Step(1, seen)]);
        var document = new JsonObject { ["formatVersion"] = 1 };

        upgrader.Upgrade(document, 1, 3);

        seen.ShouldBe(["1 -> 2 (document said 1)", "2 -> 3 (document said 2)"]);
        document["formatVersion"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public void A_gap_in_the_chain_is_a_programming_error()
    {
        var upgrader = new DocumentUpgrader([new Step(1, [])]);

        Should.Throw<InvalidOperationException>(() => upgrader.Upgrade(new JsonObject(), 1, 3)).Message.ShouldBe("No upgrade from formatVersion 2 to 3.");
    }

    private sealed class Step(int from, List<string> seen) : IDocumentUpgrade
    {
        public int FromVersion => from;

        public void Upgrade(JsonObject document) => seen.Add($"{from} -> {from + 1} (document said {document["formatVersion"]})");
    }
}
