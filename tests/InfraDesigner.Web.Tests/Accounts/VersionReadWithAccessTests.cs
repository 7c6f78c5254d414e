using InfraDesigner.Web.Accounts;

namespace InfraDesigner.Web.Tests.Accounts;

public sealed class VersionReadWithAccessTests
{
    [Fact]
    public async Task The_version_is_seen_only_for_its_topology_inside_the_flow_that_holds_it()
    {
        var (id, other) = (Guid.NewGuid(), Guid.NewGuid());
        long? seenInside, seenByOther;

        using (VersionReadWithAccess.Hold(id, 7))
        {
            await Task.Yield();
            seenInside = VersionReadWithAccess.For(id);
            seenByOther = VersionReadWithAccess.For(other);
        }

        (seenInside, seenByOther).ShouldBe((7L, null));
        VersionReadWithAccess.For(id).ShouldBeNull();
    }

    [Fact]
    public async Task Flows_running_at_once_each_see_their_own_version()
    {
        var id = Guid.NewGuid();
        async Task<long?> HoldAndReadAsync(long version)
        {
            using var _ = VersionReadWithAccess.Hold(id, version);
            await Task.Delay(20);
            return VersionReadWithAccess.For(id);
        }

        (await Task.WhenAll(HoldAndReadAsync(1), HoldAndReadAsync(2))).ShouldBe([1L, 2L]);
    }
}
