-- 013: a topic's name and description in each language the site ships.
-- topics.name and topics.description stay the default (English) text; a
-- page in another language shows this table's words where it has them
-- (COALESCE over a LEFT JOIN on the primary key: one row per topic and
-- language, found by its key). A NULL name or description, or no row at
-- all, falls back to the default: an admin who adds a topic may leave
-- its Danish and Swedish words for later.
CREATE TABLE topic_texts (
  topic_id SMALLINT UNSIGNED NOT NULL,
  lang VARCHAR(10) CHARACTER SET ascii NOT NULL,  -- i18n_lang(): da, sv
  name VARCHAR(60) NULL,
  description VARCHAR(300) NULL,
  PRIMARY KEY (topic_id, lang),
  CONSTRAINT topic_texts_topic_fk FOREIGN KEY (topic_id) REFERENCES topics (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The names are on every list of posts a worker keeps (sql/009): a change
-- moves the site's version like a change to topics does.
CREATE TRIGGER topic_texts_changed_new AFTER INSERT ON topic_texts FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER topic_texts_changed AFTER UPDATE ON topic_texts FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;
CREATE TRIGGER topic_texts_changed_gone AFTER DELETE ON topic_texts FOR EACH ROW
  UPDATE site_changes SET n = n + 1 WHERE shard = CONNECTION_ID() % 64;

-- The nine topics 002 ships, in Danish and Swedish (the words of po/README:
-- plain, spoken, for boys and young men). By slug: a site whose admins
-- renamed or removed a topic gets the rest.
INSERT INTO topic_texts (topic_id, lang, name, description)
SELECT t.id, v.lang, v.name, v.description
FROM topics t JOIN (
  SELECT 'girls-and-dating' AS slug, 'da' AS lang, 'Piger og dating' AS name,
         'Forelskelser, dates, kærester og brud.' AS description
  UNION ALL SELECT 'girls-and-dating', 'sv', 'Tjejer och dejting',
         'Förälskelser, dejter, förhållanden och uppbrott.'
  UNION ALL SELECT 'sex-and-body', 'da', 'Sex og krop',
         'Spørgsmål om sex, puberteten og din krop.'
  UNION ALL SELECT 'sex-and-body', 'sv', 'Sex och kropp',
         'Frågor om sex, puberteten och din kropp.'
  UNION ALL SELECT 'looks-and-style', 'da', 'Udseende og stil',
         'Hvordan du ser ud, tøj, træning, selvtillid.'
  UNION ALL SELECT 'looks-and-style', 'sv', 'Utseende och stil',
         'Hur du ser ut, kläder, träning, självförtroende.'
  UNION ALL SELECT 'school-and-work', 'da', 'Skole og job',
         'Eksamener, lærere, job, hvad der skal ske bagefter.'
  UNION ALL SELECT 'school-and-work', 'sv', 'Skola och jobb',
         'Prov, lärare, jobb, vad som händer sen.'
  UNION ALL SELECT 'family', 'da', 'Familie',
         'Forældre, søskende, skilsmisse, hjemme.'
  UNION ALL SELECT 'family', 'sv', 'Familj',
         'Föräldrar, syskon, skilsmässa, hemma.'
  UNION ALL SELECT 'friends', 'da', 'Venner',
         'Venskab, ensomhed, at blive holdt udenfor, mobning.'
  UNION ALL SELECT 'friends', 'sv', 'Vänner',
         'Vänskap, ensamhet, att hamna utanför, mobbning.'
  UNION ALL SELECT 'mood-and-thoughts', 'da', 'Humør og tanker',
         'At være nede, stress, angst, vrede.'
  UNION ALL SELECT 'mood-and-thoughts', 'sv', 'Humör och tankar',
         'Att må dåligt, stress, ångest, ilska.'
  UNION ALL SELECT 'gaming-and-free-time', 'da', 'Gaming og fritid',
         'Spil, sport, hobbyer, skærmtid.'
  UNION ALL SELECT 'gaming-and-free-time', 'sv', 'Gaming och fritid',
         'Spel, sport, hobbyer, skärmtid.'
  UNION ALL SELECT 'other', 'da', 'Andet',
         'Alt andet, du går og tænker på.'
  UNION ALL SELECT 'other', 'sv', 'Annat',
         'Allt annat du går och tänker på.'
) v ON v.slug = t.slug;
