using InfraDesigner.Web.Features.Audit;

namespace InfraDesigner.Web.Tests.Features;

public sealed class JsonChangesTests
{
    [Fact]
    public void Nested_fields_that_changed_are_listed_by_path_and_unchanged_ones_are_not()
    {
        var changes = JsonChanges.Between(
            """{"id":"app-a","position":{"x":120,"y":80},"tags":["a"],"note":"old"}""",
            """{"id":"app-a","position":{"x":300,"y":80},"tags":["a","b"],"zone":"A"}""");

        changes.ShouldBe([
            new("position.x", "120", "300"),
            new("tags", """["a"]""", """["a","b"]"""),
            new("note", "old", null),
            new("zone", null, "A"),
        ]);
    }

    [Fact]
    public void An_added_item_lists_its_fields_and_a_text_that_is_not_json_is_compared_whole()
    {
        JsonChanges.Between(null, """{"name":"DMZ"}""").ShouldBe([new("", null, """{"name":"DMZ"}""")]);
        JsonChanges.Between("none", "viewer").ShouldBe([new("", "none", "viewer")]);
        JsonChanges.Between("""{"a":1}""", """{"a":1}""").ShouldBeEmpty();
    }
}
