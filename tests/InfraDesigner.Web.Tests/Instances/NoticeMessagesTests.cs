using System.Text;
using InfraDesigner.Data.Documents;
using InfraDesigner.Web.Features.Editing;
using InfraDesigner.Web.Instances;

namespace InfraDesigner.Web.Tests.Instances;

public sealed class NoticeMessagesTests
{
    private static readonly Guid Sender = Guid.NewGuid();
    private static readonly Guid Receiver = Guid.NewGuid();

    [Fact]
    public void An_item_notice_reaches_another_instance_as_it_was_sent()
    {
        var notice = new TopologyChangeNotice(Guid.NewGuid(), Guid.NewGuid(), [new ItemKey("elements", "app-a"), new ItemKey("links", "app-a:eth0--sw1:1")]);

        var payload = NoticeMessages.Write(Sender, notice).ShouldHaveSingleItem();
        var read = NoticeMessages.Read(Receiver, payload)!;

        read.TopologyId.ShouldBe(notice.TopologyId);
        read.SessionId.ShouldBe(notice.SessionId);
        read.Keys.ShouldBe(notice.Keys);
        read.WholeTopology.ShouldBeNull();
    }

    [Fact]
    public void A_whole_topology_notice_keeps_what_happened()
    {
        var notice = TopologyChangeNotice.Whole(Guid.NewGuid(), "The topology was deleted by another user.");

        NoticeMessages.Read(Receiver, NoticeMessages.Write(Sender, notice).ShouldHaveSingleItem())!.WholeTopology
            .ShouldBe("The topology was deleted by another user.");
    }

    [Fact]
    public void The_sending_instance_skips_its_own_notice()
    {
        var payload = NoticeMessages.Write(Sender, TopologyChangeNotice.Whole(Guid.NewGuid(), "renamed")).Single();

        NoticeMessages.Read(Sender, payload).ShouldBeNull();
    }

    [Fact]
    public void An_edit_of_many_items_is_split_under_the_notify_limit_and_loses_no_key()
    {
        var keys = Enumerable.Range(0, 2000).Select(i => new ItemKey("elements", $"vm-{i:D4}-가상서버")).ToArray();
        var notice = new TopologyChangeNotice(Guid.NewGuid(), Guid.NewGuid(), keys);

        var payloads = NoticeMessages.Write(Sender, notice).ToArray();

        payloads.Length.ShouldBeGreaterThan(1);
        payloads.ShouldAllBe(p => Encoding.UTF8.GetByteCount(p) < 8000);
        payloads.SelectMany(p => NoticeMessages.Read(Receiver, p)!.Keys).ShouldBe(keys);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    public void A_payload_that_is_not_a_notice_is_ignored(string payload) =>
        NoticeMessages.Read(Receiver, payload).ShouldBeNull();
}
