{{%AUTOESCAPE context="HTML"}}
{{topic:none}}
