using InfraDesigner.Web.Components.Ui;

namespace InfraDesigner.Web.Tests.Components.Ui;

public sealed class ToastServiceTests
{
    [Fact]
    public void Subscribers_hear_of_every_toast_until_they_unsubscribe()
    {
        var toasts = new ToastService();
        var heard = 0;
        var subscription = toasts.Subscribe(() => heard++);

        var saved = toasts.Show("Saved", ToastKind.Success);
        toasts.Dismiss(saved.Id);
        subscription.Dispose();
        toasts.Show("Unheard");

        heard.ShouldBe(2);
        toasts.Toasts.Select(t => t.Message).ShouldBe(["Unheard"]);
    }
}
