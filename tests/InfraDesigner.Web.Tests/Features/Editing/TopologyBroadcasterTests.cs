using InfraDesigner.Data.Documents;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Instances;

namespace InfraDesigner.Web.Tests.Features.Editing;

public sealed class TopologyBroadcasterTests
{
    [Fact]
    public void Subscribers_hear_only_their_topology_and_stop_hearing_once_disposed()
    {
        var broadcaster = new TopologyBroadcaster(new SingleInstanceRelay());
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var heard = new List<Guid>();
        var subscription = broadcaster.Subscribe(a, notice => heard.Add(notice.TopologyId));

        broadcaster.Deliver(new TopologyChangeNotice(b, Guid.NewGuid(), [new ItemKey("elements", "x")]));
        broadcaster.Deliver(new TopologyChangeNotice(a, Guid.NewGuid(), [new ItemKey("elements", "x")]));
        subscription.Dispose();
        broadcaster.Deliver(new TopologyChangeNotice(a, Guid.NewGuid(), [new ItemKey("elements", "x")]));

        heard.ShouldBe([a]);
        broadcaster.SubscriberCount(a).ShouldBe(0);
    }
}
