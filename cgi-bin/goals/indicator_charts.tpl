{{%AUTOESCAPE context="HTML"}}
{{#indicator}}
<section class="indicator-chart" id="chart-{{id}}" aria-labelledby="chart-{{id}}-name">
<h2 id="chart-{{id}}-name"><span data-user-text>{{name}}</span>{{#has_latest}} <span class="count">{{latest}}/5</span>{{/has_latest}}</h2>
<svg class="chart" viewBox="{{view_box}}" role="img" aria-labelledby="chart-{{id}}-title chart-{{id}}-desc" preserveAspectRatio="xMidYMid meet">
<title id="chart-{{id}}-title">{{name}}: [[ratings over the last 8 weeks, from 1 (low) to 5 (high)]]</title>
<desc id="chart-{{id}}-desc">{{summary}}</desc>
{{#ytick}}<line class="chart-grid" x1="{{left}}" y1="{{y}}" x2="{{right}}" y2="{{y}}"/><text class="chart-label" x="{{text_x}}" y="{{text_y}}" text-anchor="middle">{{value}}</text>{{/ytick}}
{{#xtick}}<line class="chart-grid" x1="{{x}}" y1="{{bottom}}" x2="{{x}}" y2="{{tick_y}}"/><text class="chart-label" x="{{x}}" y="{{label_y}}" text-anchor="middle">{{label}}</text>{{/xtick}}
{{#line}}<polyline class="chart-line" points="{{points}}"/>{{/line}}
{{#dot}}<circle class="chart-dot" cx="{{cx}}" cy="{{cy}}" r="5"/>{{/dot}}
</svg>
<p class="chart-summary">{{summary}}</p>
{{#table}}
<table class="stats-table chart-table">
<caption>[[The latest ratings]]</caption>
<thead><tr><th scope="col">[[When]]</th><th scope="col">[[Rating]]</th></tr></thead>
<tbody>
{{#rating}}<tr><td><time datetime="{{when_iso}}">{{when}}</time></td><td>{{value}}</td></tr>{{/rating}}
</tbody>
</table>
{{/table}}
{{#no_ratings}}<p>[[No ratings in the last 8 weeks.]]</p>{{/no_ratings}}
{{#link}}<p><a href="/goals/indicators/{{id}}">[[See the trend]]</a></p>{{/link}}
</section>
{{/indicator}}
