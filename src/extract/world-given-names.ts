/**
 * Common given names of cultures the English-language lists (given-names.ts) leave out: Arabic
 * and Persian, Turkish, South Asian, African, Hispanic and Lusophone, Slavic and other European,
 * Irish, Welsh and Scottish Gaelic, Nordic, Dutch and Japanese.
 * General onomastics, a feature of the learned person decision; no story's names were the reason
 * for any entry.
 */
const NAMES = `
  mohammed muhammad mohamed mohammad ahmed ahmad ali omar umar hassan hussein husain hussain khalid
  khaled abdullah abdul abdel abdelaziz abdulaziz abdulrahman ibrahim ismail yusuf youssef yousef
  mustafa mostafa mahmoud mahmud tariq tarek karim kareem hamid hamed rashid rasheed saeed said
  faisal fahad salman sultan nasser nasir jamal walid waleed samir sameer nabil amr hisham hosni
  ayman bashar hafez rafik rafiq marwan yasser yassir yasir zaid zayed majid osama usama imran
  fatima fatma aisha ayesha khadija mariam maryam zainab layla leila laila noor nour huda amira
  yasmin yasmine rania salma hana dina nadia samira leena lina reem mona
  reza ali-reza hossein mehdi hamid javad mohsen amir parisa shirin
  mehmet mustafa ahmet recep emre burak murat selim kemal ayse elif zeynep
  rahul raj rajesh ramesh suresh sunil anil vijay ajay amit arun ashok deepak sanjay manoj
  vikram ravi kiran prakash mukesh narendra rakesh pradeep sachin rohit rohan nitin arjun
  krishna lakshmi priya pooja anjali sunita sita geeta neha kavita meena asha shreya deepika
  aamir shahid javed pervez nawaz imran asif zulfikar benazir shehzad faisal irfan bilal
  hamza usman zahid waqar farhan saima ayesha sania shoaib inzamam
  sheikh mujib tanvir rubina nasreen sabrina
  kofi kwame kwabena kojo yaw akua ama abena efua adwoa kwesi
  chinedu chukwuemeka emeka obinna ngozi chioma adaeze nnamdi ifeanyi uche oluwaseun olusegun
  segun tunde babatunde adewale ayodele femi funmilayo folake yetunde bola abiodun musa
  sani aliyu bello umaru goodluck
  thabo sipho themba mandla nomvula thandiwe zanele lindiwe bongani jacob cyril nelson
  desmond winnie kgalema
  uhuru raila mwai jomo wanjiru wambui njeri kamau otieno odhiambo achieng akinyi
  haile tesfaye abebe kenenisa meles tewodros almaz tirunesh
  didier samuel yaya kolo sadio moussa mamadou ousmane abdoulaye cheikh amadou aminata fatou
  jose josé juan luis carlos jorge miguel pedro pablo diego javier alejandro fernando francisco
  manuel antonio rafael ricardo andres andrés sergio alvaro álvaro raul raúl ruben rubén hugo
  gustavo eduardo guillermo gonzalo ignacio santiago mateo emilio hernan hernán cristian
  maria maría ana lucia lucía carmen isabel elena laura sofia sofía valentina camila daniela
  gabriela paula andrea marta rosa teresa pilar mercedes dolores guadalupe ximena beatriz
  joao joão paulo thiago tiago rodrigo marcelo fabio fábio vinicius vinícius luiz rui nuno
  gilberto ronaldo ronaldinho
  vladimir dmitry dmitri sergei sergey alexei alexey mikhail nikolai ivan igor oleg yuri
  andrei boris viktor vitali vitaly pavel anatoly gennady evgeny yevgeny ilya maxim
  olga natalia natalya svetlana tatiana irina elena ekaterina yekaterina anastasia maria
  lech wojciech krzysztof tomasz piotr pawel andrzej jerzy zbigniew agnieszka katarzyna
  jacques jean pierre francois françois nicolas laurent thierry didier philippe olivier
  emmanuel dominique segolene ségolène marine
  gerhard helmut angela joschka wolfgang jurgen jürgen horst dieter klaus heinz uwe
  giuseppe giovanni silvio romano matteo luca marco francesco alessandro giorgia
  nikos giorgos yannis kostas konstantinos dimitris
  kieran ciaran ciarán declan conor connor cian darragh eoin eoghan oisin oisín fergal colm ronan
  ruairi ruairí cathal tadhg eamon eamonn éamon diarmuid donncha padraig pádraig seamus séamus
  sean seán shane niall cillian killian fiachra enda ultan lorcan odhran oran senan tiernan
  niamh aoife saoirse sinead sinéad siobhan siobhán aisling ailbhe clodagh bronagh caoimhe
  grainne gráinne orla orlaith roisin róisín sorcha maeve meabh deirdre ciara clíona cliona
  mairead máiréad nuala fionnuala muireann eabha aine áine eimear treasa blathnaid
  owain dafydd rhodri gethin geraint huw hywel ioan ieuan iwan llyr emyr aled alun gruffydd
  iestyn osian tomos sion siôn rhys gwilym idris cai elis steffan trefor dai meirion
  catrin cerys ffion bethan rhian sian siân angharad eleri heledd lowri mared carys elin eluned
  gwenllian gwenan nerys eirlys manon sioned delyth glesni
  eilidh mhairi mhàiri morag kirsty ailsa catriona seonaid shona rhona isla
  euan ewan callum calum lachlan murdo torquil struan ruaridh ruairidh ranald alasdair alistair
  hamish iain fergus gregor finlay dougal ruaraidh somhairle
  haydn keanu jude
  einar magnus sven lars anders nils olof ingrid astrid sigrid solveig bjorn björn gunnar
  henrik jens søren soren mads morten kasper rasmus mikkel freja sanne birgit liv
  arne erling jarle kjell knut oddvar terje trond torbjorn torbjørn halvard
  pekka jari mika juha matti teemu sanna riikka tuula aino
  bart joost pieter sjoerd wouter geert jeroen maarten niels thijs sander bram ruud marco
  anouk femke sanne lotte marieke ilse
  anselmo gianluca gianni pierluigi massimo fabrizio maurizio vittorio salvatore
  kenzaburo haruki hiroshi takeshi kenji akira yuki yukio shinzo junichiro taro ichiro
  naoko keiko yoko hiroko sachiko akiko mariko
  satyajit rabindranath amitabh aamir salman shashi sourav rahul
  chidera chiamaka chinwe chukwudi nkechi obiageli ikenna kelechi adebayo adeola olumide
  naguib nagib
`;

let set: Set<string> | undefined;

/** True when `word` is a common given name of one of these cultures ("Yasser", "Kofi", "Sergei"). */
export function isWorldGivenName(word: string): boolean {
  set ??= new Set(NAMES.split(/\s+/).filter(Boolean));
  return set.has(word.toLowerCase());
}
