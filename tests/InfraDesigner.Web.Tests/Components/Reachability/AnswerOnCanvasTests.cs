using InfraDesigner.Domain.Network;
using InfraDesigner.Domain.Samples;
using InfraDesigner.Web.Components.Reachability;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Features.Reachability;
using InfraDesigner.Web.Tests.Features.Editing;

namespace InfraDesigner.Web.Tests.Components.Reachability;

/// <summary>The circuit's question: asked again after an edit is stored (not after a move), cleared on request, hops picked.</summary>
public sealed class AnswerOnCanvasTests : EditingTestBase
{
    private async Task<(EditingSession Session, AnswerOnCanvas Answers)> AskAsync()
    {
        var id = await CreateAsync(SampleTopologies.Get("zones-eai").Topology);
        var session = await OpenAsync(id);
        var answers = new AnswerOnCanvas(session);
        await answers.AskAsync(id, new AskForm("", "app-a", "sap", 3300, "tcp"),
            async () => new AskOutcome(new AskForm("", "app-a", "sap", 3300, "tcp"), null, await SendAsync(new TraceReachability(id, "app-a", "sap", 3300, "tcp"))));
        return (session, answers);
    }

    [Fact]
    public async Task An_edit_of_the_deciding_rule_asks_again_and_the_new_answer_replaces_the_old()
    {
        var (session, answers) = await AskAsync();
        answers.Answer!.DecidedBy!.Rule.ShouldBe("app-a-to-sap-denied");
        var changed = new TaskCompletionSource();
        answers.AnswerChanged += () => changed.TrySetResult();

        await session.ApplyAsync(t => TopologyEdits.Update<Firewall>(t, "fw-ab", fw => fw with { Rules = ListEdits.Replace(fw.Rules, 2, fw.Rules[2] with { Enabled = false }) }));
        await changed.Task.WaitAsync(TimeSpan.FromSeconds(10));

        answers.Answer!.DecidedBy!.IsDefault.ShouldBeTrue();
    }

    [Fact]
    public async Task A_move_asks_nothing_again_and_clearing_forgets_the_question()
    {
        var (session, answers) = await AskAsync();
        var asked = answers.Answer;
        var changes = 0;
        answers.AnswerChanged += () => changes++;

        await session.ApplyAsync(t => TopologyEdits.Move(t, [("sap", 900, 300)]));
        answers.Answer.ShouldBeSameAs(asked);
        changes.ShouldBe(0);

        answers.Clear();
        (answers.Answer, answers.HasQuestion, changes).ShouldBe((null, false, 1));
    }

    [Fact]
    public async Task A_device_clicked_on_the_canvas_picks_its_first_hop_and_one_off_the_path_picks_none()
    {
        var (_, answers) = await AskAsync();

        answers.PickDevice("router");
        answers.Picked.ShouldBe(new HopRef(0, 2));
        answers.PickedHop!.Device.ShouldBe("router");
        answers.PickDevice("sap");
        answers.Picked.ShouldBeNull();
    }
}
