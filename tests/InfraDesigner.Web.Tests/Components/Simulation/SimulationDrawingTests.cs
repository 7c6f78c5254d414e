using InfraDesigner.Simulation.Balancing;
using InfraDesigner.Simulation.Capacity;
using InfraDesigner.Simulation.Failover;
using InfraDesigner.Web.Components.Simulation;
using InfraDesigner.Web.Features.Simulations;
using InfraDesigner.Web.Interop;
using InfraDesigner.Web.Tests.Support;
using Bunit;

namespace InfraDesigner.Web.Tests.Components.Simulation;

/// <summary>Simulation answers of the cluster sample drawn for the canvas, as the Simulate tab beside it shows them.</summary>
public sealed class SimulationDrawingTests : SimulationTestBase
{
    private Task<(Guid Id, TAnswer Answer)> Ask<TAnswer>(Func<Guid, IRequest<IAsyncEnumerable<InfraDesigner.Simulation.Progress.SimulationEvent>?>> question) =>
        AnswerOnSample<TAnswer>("cluster-capacity", question);

    [Fact]
    public async Task Beside_the_canvas_host1_failing_is_drawn_at_once_host1_grey_vm2_to_host2_vm1_and_vm3_red()
    {
        var (id, answer) = await Ask<FailoverAnswer>(id => new RunFailover(id, "cluster1", ["host1"], AdmissionBasis.Provisioned));

        await Render<FailoverResult>(new() { [nameof(FailoverResult.Answer)] = answer, [nameof(FailoverResult.CanvasTopology)] = id });

        var picture = Service<SimulationOnCanvas>().For(id).ShouldNotBeNull();
        picture.Title.ShouldBe("HA what-if: host1 failed; 1 restart, 2 cannot");
        picture.Highlight.NodeClasses.OrderBy(n => n.Key).ShouldBe(new Dictionary<string, string>
        {
            ["host1"] = "sim-failed", ["host2"] = "sim-target", ["vm1"] = "sim-lost", ["vm2"] = "sim-restarted", ["vm3"] = "sim-lost",
        }.OrderBy(n => n.Key));
        var arrow = picture.Highlight.Segments.ShouldHaveSingleItem();
        (arrow.From, arrow.To, arrow.Label).ShouldBe(("vm2", "host2", "1"));
        picture.Highlight.Badges.Select(b => $"{b.NodeId}: {b.Text}").ShouldBe(["vm2: 1. restarts on host2", "vm1: cannot restart", "vm3: cannot restart"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_drs_plan_draws_each_move_numbered_from_its_host_to_the_new_one_and_the_vms_that_cannot_move()
    {
        var (id, answer) = await Ask<BalanceAnswer>(id => new RunBalance(id, "cluster1", MaintenanceHost: "host1"));

        var picture = SimulationDrawing.Balance(id, answer);

        answer.Recommendations.ShouldNotBeEmpty();
        foreach (var move in answer.Recommendations)
        {
            picture.Highlight.NodeClasses[move.Vm].ShouldBe("sim-moved");
            picture.Highlight.NodeClasses[move.To].ShouldBe("sim-target");
            picture.Highlight.Segments.ShouldContain(s => s.From == move.Vm && s.To == move.To && s.Label == move.Order.ToString());
        }
        answer.Unmovable.ShouldAllBe(u => picture.Highlight.NodeClasses[u.Vm] == "sim-lost");
        picture.Legend.ShouldEndWith("red: cannot move");
    }

    [Fact]
    public async Task Beside_the_canvas_a_drs_plan_gets_a_player_of_its_moves_in_order_which_goes_with_the_picture()
    {
        var (id, answer) = await Ask<BalanceAnswer>(id => new RunBalance(id, "cluster1", MaintenanceHost: "host1"));
        var player = Bunit.JSInterop.SetupModule("./Components/Simulation/PlanControls.razor.js");
        var result = new InteractiveRenderer(Bunit);

        var page = await result.RenderAsync<BalanceResult>(new() { [nameof(BalanceResult.Answer)] = answer, [nameof(BalanceResult.CanvasTopology)] = id });

        page.QuerySelector("[data-testid=plan-controls]").ShouldNotBeNull();
        var loaded = (IReadOnlyList<PlannedMove>)player.VerifyInvoke("load").Arguments[0]!;
        loaded.ShouldBe(answer.Recommendations.OrderBy(m => m.Order).Select(m => new PlannedMove(m.Vm, m.From, m.To)));

        page = await result.ClickAsync("data-testid", "show-on-canvas");

        page.QuerySelector("[data-testid=plan-controls]").ShouldBeNull();
        player.VerifyInvoke("clear");
    }

    [Fact]
    public async Task Without_a_canvas_nothing_is_drawn()
    {
        var (id, answer) = await Ask<FailoverAnswer>(id => new RunFailover(id, "cluster1", ["host1"]));

        await Render<FailoverResult>(new() { [nameof(FailoverResult.Answer)] = answer });

        Service<SimulationOnCanvas>().Picture.ShouldBeNull();
    }
}
