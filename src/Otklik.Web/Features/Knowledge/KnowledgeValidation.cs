using Otklik.Web.Infrastructure.Errors;

namespace Otklik.Web.Features.Knowledge;

public static class KnowledgeValidation
{
    public static Error? Check(ItemInput input, bool creating)
    {
        var fields = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.Title) || input.Title.Trim().Length > 300)
        {
            fields["title"] = [input.Type == MaterialType.Faq
                ? "Напишите вопрос так, как его задают клиенты (до 300 знаков)."
                : "Укажите название (до 300 знаков)."];
        }

        if (input.Body?.Length > KnowledgeLimits.BodyChars)
        {
            fields["body"] = ["Текст слишком длинный: не больше 200 000 знаков. Разделите материал на части."];
        }
        else if (string.IsNullOrWhiteSpace(input.Body) && input.Type != MaterialType.Regulation)
        {
            fields["body"] = [input.Type == MaterialType.Faq
                ? "Напишите ответ на вопрос."
                : "Напишите текст материала."];
        }

        if (!creating && (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > 1000))
        {
            fields["reason"] = ["Укажите причину изменения (до 1000 знаков): она сохранится в истории версий."];
        }

        CheckRegulation(input, fields);
        return fields.Count == 0
            ? null
            : Errors.Validation("knowledge.invalid", "Проверьте поля материала: " +
                string.Join(" ", fields.Values.SelectMany(v => v)), fields);
    }

    private static void CheckRegulation(ItemInput input, Dictionary<string, string[]> fields)
    {
        if (input.Type != MaterialType.Regulation || input.Regulation is not { } r)
        {
            return;
        }

        if (!string.IsNullOrWhiteSpace(r.Link)
            && !(Uri.TryCreate(r.Link.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            fields["link"] = ["Ссылка должна начинаться с http:// или https://."];
        }

        if (r.InForceFrom is { } from && r.InForceTo is { } to && to < from)
        {
            fields["inForceTo"] = ["Дата окончания действия раньше даты начала."];
        }

        if (r.Number?.Length > 100 || r.Governs?.Length > 2000)
        {
            fields["number"] = ["Номер — до 100 знаков, описание предмета регулирования — до 2000."];
        }
    }
}
