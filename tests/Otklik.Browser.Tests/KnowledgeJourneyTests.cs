using Microsoft.Playwright;

namespace Otklik.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class KnowledgeJourneyTests(BrowserFixture fixture)
{
    private const string Question = "Какие выплаты положены многодетной семье?";

    [Fact]
    public async Task EditorChangesAnFaq_AReaderFindsItByAnotherWordForm_AndTheHistoryShowsBothVersions()
    {
        var editor = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(editor, "executor-family");
        await editor.GotoAsync("/knowledge");
        await BrowserFixture.AssertAccessibleAsync(editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = "Отдел социальной поддержки семьи и детей" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = Question }).ClickAsync();
        await editor.GetByRole(AriaRole.Link, new() { Name = "Изменить" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(editor);

        var body = editor.GetByLabel("Текст (для вопроса — ответ)");
        await body.FillAsync(await body.InputValueAsync() + "\n\nШкольникам дают бесплатные путёвки в летний лагерь.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Предпросмотр и проверка языка" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("preview")).ToContainTextAsync("путёвки в летний лагерь");
        await BrowserFixture.AssertAccessibleAsync(editor);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("error-summary")).ToContainTextAsync("причину изменения");
        await editor.GetByLabel("Причина изменения").FillAsync("Добавлены путёвки в лагерь");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Сохранить" }).ClickAsync();
        await Assertions.Expect(editor.GetByTestId("body")).ToContainTextAsync("путёвки в летний лагерь");

        var reader = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(reader, "operator1");
        await reader.GotoAsync("/knowledge");
        await reader.GetByLabel("Что ищем").FillAsync("путевка летнему лагерю многодетным");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Найти" }).ClickAsync();
        var hit = reader.GetByTestId("results").GetByRole(AriaRole.Listitem).First;
        await Assertions.Expect(hit.GetByRole(AriaRole.Link)).ToHaveTextAsync(Question);
        await Assertions.Expect(hit.Locator("mark").First).ToBeVisibleAsync();
        await BrowserFixture.AssertAccessibleAsync(reader);

        await hit.GetByRole(AriaRole.Link).ClickAsync();
        await reader.GetByRole(AriaRole.Link, new() { Name = "История изменений" }).ClickAsync();
        var versions = reader.GetByTestId("versions");
        await Assertions.Expect(versions).ToContainTextAsync("Добавлены путёвки в лагерь");
        await Assertions.Expect(versions).ToContainTextAsync("Демонстрационные данные");
        await Assertions.Expect(reader.GetByTestId("diff"))
            .ToContainTextAsync("+ Школьникам дают бесплатные путёвки в летний лагерь.");
        await Assertions.Expect(reader.GetByRole(AriaRole.Button, new() { Name = "Восстановить" })).ToHaveCountAsync(0);
        await BrowserFixture.AssertAccessibleAsync(reader);
    }

    [Fact]
    public async Task KnowledgeScreens_AreAccessible()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(page, "admin");

        foreach (var url in new[]
        {
            "/knowledge/reviews", "/knowledge/changes?q=пособие", "/knowledge/gaps", "/knowledge/phones",
            "/knowledge/sections", "/knowledge?q=ЕДВ",
        })
        {
            await page.GotoAsync(url);
            await BrowserFixture.AssertAccessibleAsync(page);
        }

        var head = await fixture.NewPageAsync();
        await BrowserFixture.SignInAsync(head, "head-family");
        await head.GotoAsync("/knowledge");
        await head.GetByRole(AriaRole.Link, new() { Name = "Отдел социальной поддержки семьи и детей" }).ClickAsync();
        await head.GetByRole(AriaRole.Link, new() { Name = "Импорт из папки" }).ClickAsync();
        await BrowserFixture.AssertAccessibleAsync(head);
        await head.GoBackAsync();
        await head.GetByRole(AriaRole.Link, new() { Name = "О мерах социальной поддержки многодетных семей" })
            .ClickAsync();
        await Assertions.Expect(head.GetByTestId("regulation")).ToContainTextAsync("123-кз");
        await BrowserFixture.AssertAccessibleAsync(head);
    }
}
